import sys

def check(code_args):
    try:
        sys.exit(*code_args)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)

check(())
check((0,))
check((3,))
check(("bye",))
try:
    exit(5)
except SystemExit as e:
    print("exit()", e.code)
try:
    raise SystemExit
except BaseException as e:
    print(isinstance(e, Exception), e.code)
try:
    sys.exit()
finally:
    print("finally runs before the program exits")
print("never printed")
