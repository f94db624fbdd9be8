pairs = [(ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
         (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (StopAsyncIteration, Exception), (StopIteration, Exception), (GeneratorExit, Exception),
         (GeneratorExit, BaseException), (KeyboardInterrupt, Exception), (TimeoutError, OSError),
         (ModuleNotFoundError, ImportError), (Exception, BaseException), (TypeError, ValueError)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
