#!/usr/bin/env python3
"""Oracle for aiterscope's syntax crate.

Compiles every snippet below with the running CPython (use 3.12) and writes what CPython
reports (exception type, message, line and 1-based offset) to
crates/syntax/tests/syntax_errors.json. Valid snippets are recorded with "error": null.
The Rust test reads that file, so `cargo test` needs no Python.

    ~/.pyenv/versions/3.12.1/bin/python3.12 tools/oracle/syntax_errors.py
"""

import json
import pathlib
import sys

# (name, source). Names are unique; sources are fed to compile(src, "<x>", "exec").
CASES = [
    # --- missing colon -------------------------------------------------------------
    ("colon_if", "if x\n    pass\n"),
    ("colon_while", "while True\n    pass\n"),
    ("colon_for", "for i in range(3)\n    print(i)\n"),
    ("colon_async_for", "async def f():\n    async for i in g()\n        pass\n"),
    ("colon_def", "def f()\n    return 1\n"),
    ("colon_async_def", "async def f()\n    return 1\n"),
    ("colon_class", "class A\n    pass\n"),
    ("colon_else", "if x:\n    pass\nelse\n    pass\n"),
    ("colon_elif", "if x:\n    pass\nelif y\n    pass\n"),
    ("colon_try", "try\n    pass\nexcept:\n    pass\n"),
    ("colon_except", "try:\n    pass\nexcept ValueError\n    pass\n"),
    ("colon_finally", "try:\n    pass\nfinally\n    pass\n"),
    ("colon_with", "with open(f) as g\n    pass\n"),
    ("colon_lambda_dict", "d = {1 2}\n"),
    # --- brackets --------------------------------------------------------------------
    ("unclosed_paren_eof", "print(1, 2\n"),
    ("unclosed_paren_later_stmt", "x = foo(1,\ny = 2\nz = 3\n"),
    ("unclosed_bracket", "xs = [1, 2, 3\nprint(xs)\n"),
    ("unclosed_brace", "d = {'a': 1,\n"),
    ("unclosed_nested", "print(len([1, 2)\n"),
    ("unmatched_rparen", "x = 1)\n"),
    ("unmatched_rbracket", "print(1)]\n"),
    ("unmatched_rbrace", "}\n"),
    ("mismatch_same_line", "x = (1, 2]\n"),
    ("mismatch_other_line", "x = (1,\n     2]\n"),
    ("mismatch_brace_paren", "d = {1: (2}\n"),
    ("unclosed_after_error", "x = = 1\ny = (\n"),
    ("unclosed_before_error", "f(1,\nx = = 2\n"),
    # --- strings ---------------------------------------------------------------------
    ("unterminated_string", 'x = "abc\n'),
    ("unterminated_string_single", "print('hello)\n"),
    ("unterminated_string_later_line", "a = 1\nb = 2\nc = 'oops\nd = 4\n"),
    ("unterminated_triple", 'x = """abc\ndef\n\nghi\n'),
    ("unterminated_triple_single", "s = '''\n"),
    ("unterminated_wins_over_parse_error", 'x = = 1\ny = "abc\n'),
    ("unterminated_fstring", 'x = f"abc {x}\n'),
    ("unknown_unicode_name", 'x = "\\N{NOT A REAL NAME}"\n'),
    ("unknown_unicode_name_offset", 'x = "ab\\N{BOGUS}cd"\n'),
    # --- indentation -----------------------------------------------------------------
    ("indent_if", "if x:\nprint(1)\n"),
    ("indent_elif", "if x:\n    pass\nelif y:\npass\n"),
    ("indent_else", "if x:\n    pass\nelse:\nprint(2)\n"),
    ("indent_for", "for i in x:\nprint(i)\n"),
    ("indent_async_for", "async def f():\n    async for i in x:\n    print(i)\n"),
    ("indent_while", "while x:\nx -= 1\n"),
    ("indent_def", "def f():\nreturn 1\n"),
    ("indent_async_def", "async def f():\nreturn 1\n"),
    ("indent_class", "class A:\npass\n"),
    ("indent_try", "try:\nx = 1\nexcept:\n    pass\n"),
    # --- a block missing at the end of the source ------------------------------------
    ("indent_eof_try", "x = 1\ntry:\n"),
    ("indent_eof_try_blank_line", "x = 1\ntry:\n\n"),
    ("indent_eof_def", "def f():\n"),
    ("indent_eof_def_spaces", "def f():\n    "),
    ("indent_eof_for_comment", "for i in range(3):\n# comment\n"),
    ("indent_eof_else_no_newline", "if True:\n    pass\nelse:"),
    ("indent_eof_blank_lines", "x = 1\nwhile x:\n    \n\n"),
    ("indent_eof_nested", "def f():\n    for i in x:\n"),
    ("indent_except", "try:\n    x = 1\nexcept ValueError:\npass\n"),
    ("indent_except_bare", "try:\n    x = 1\nexcept:\npass\n"),
    ("indent_finally", "try:\n    x = 1\nfinally:\npass\n"),
    ("indent_with", "with a as b:\npass\n"),
    ("indent_async_with", "async def f():\n    async with a as b:\n    pass\n"),
    ("indent_eof", "def f():\n"),
    ("indent_comment_lines", "def f():\n\n    # just a comment\nx = 1\n"),
    ("unexpected_indent", "x = 1\n    y = 2\n"),
    ("unexpected_indent_in_body", "def f():\n    x = 1\n        y = 2\n"),
    ("unindent_mismatch", "if x:\n    a = 1\n  b = 2\n"),
    ("unindent_mismatch_nested", "def f():\n    if x:\n        a = 1\n      b = 2\n"),
    ("tab_error", "if x:\n\ta = 1\n        b = 2\n"),
    # --- invalid assignment targets ---------------------------------------------------
    ("assign_call", "f() = 1\n"),
    ("assign_literal", "1 = x\n"),
    ("assign_string_literal", "'a' = 1\n"),
    ("assign_expression", "a + b = 1\n"),
    ("assign_call_second_target", "x = f() = 3\n"),
    ("assign_in_tuple", "a, f() = 1, 2\n"),
    ("assign_none", "None = 1\n"),
    ("assign_true", "True = 1\n"),
    ("assign_comparison", "a < b = 1\n"),
    ("assign_lambda", "lambda: 1 = 1\n"),
    ("assign_await", "async def f():\n    await x = 1\n"),
    ("augassign_call", "f() += 1\n"),
    ("augassign_tuple", "a, b += 1\n"),
    ("for_target_call", "for f() in x:\n    pass\n"),
    ("for_target_literal", "for 1 in x:\n    pass\n"),
    ("with_target_call", "with a as f():\n    pass\n"),
    ("del_call", "del f()\n"),
    ("walrus_attribute", "(a.b := 1)\n"),
    ("assign_in_call_kwarg", "f(a.b=1)\n"),
    ("assign_debug", "__debug__ = 1\n"),
    ("assign_debug_in_call", "f(__debug__=1)\n"),
    ("assign_debug_param", "def f(__debug__):\n    pass\n"),
    ("starred_alone", "*a = 1\n"),
    ("starred_two", "*a, *b = c\n"),
    ("starred_two_in_list", "[*a, *b] = c\n"),
    ("keyword_as_target_if", "if = 1\n"),
    # --- generic invalid syntax -----------------------------------------------------
    ("invalid_two_names", "a b\n"),
    ("invalid_dollar", "x = 1 $ 2\n"),
    ("invalid_trailing_if", "x = 5 if\n"),
    ("invalid_trailing_operator", "x = 1 +\n"),
    ("invalid_double_equals_assign", "x = = 1\n"),
    ("invalid_call_missing_comma", "f(a b)\n"),
    ("invalid_call_missing_comma_second", "f(a, b c)\n"),
    ("invalid_list_missing_comma", "xs = [1 2 3]\n"),
    ("invalid_tuple_missing_comma", "t = (1 2)\n"),
    ("invalid_else_without_if", "else:\n    pass\n"),
    ("invalid_keyword_expr", "x = def\n"),
    ("invalid_print_statement", 'print "hello"\n'),
    ("invalid_print_statement_name", "print x\n"),
    ("invalid_exec_statement", 'exec "code"\n'),
    ("invalid_decimal_literal", "x = 1abc\n"),
    ("invalid_leading_zero", "x = 0777\n"),
    ("invalid_trailing_underscore", "x = 1_\n"),
    ("invalid_character", "x = 1 \u20ac 2\n"),
    ("invalid_nbsp", "x =\u00a01\n"),
    ("line_continuation", "x = a \\ b\n"),
    ("invalid_async_alone", "async x = 1\n"),
    ("invalid_return_colon", "def f():\n    return:\n"),
    ("invalid_missing_expression_after_in", "for x in :\n    pass\n"),
    ("invalid_empty_call_comma", "f(,)\n"),
    ("invalid_import_from", "from import x\n"),
    ("invalid_lambda_default", "lambda x=: x\n"),
    ("invalid_dict_missing_value", "d = {1:}\n"),
    ("invalid_await_no_operand", "async def f():\n    await\n"),
    ("invalid_yield_in_arg_unparenthesized", "def g():\n    f(yield 1, 2)\n"),
    ("invalid_star_expr_in_expr", "x = *a\n"),
    ("invalid_except_star_and_plain", "try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n"),
    ("invalid_decorator_nothing", "@\ndef f():\n    pass\n"),
    ("invalid_semicolon_compound", "x = 1; if x: pass\n"),
    ("invalid_fstring_empty_expr", 'f"{}"\n'),
    ("invalid_fstring_single_brace", 'f"a}b"\n'),
    ("invalid_fstring_unclosed_brace", 'f"{a"\n'),
    # --- arguments --------------------------------------------------------------------
    ("positional_after_keyword", "f(x=1, 2)\n"),
    ("positional_after_kwargs_unpack", "f(**k, a)\n"),
    ("iterable_unpack_after_kwargs", "f(**k, *a)\n"),
    ("keyword_repeated", "f(x=1, x=2)\n"),
    ("keyword_repeated_later_line", "print(1)\ng(a=1, b=2,\n  a=3)\n"),
    ("duplicate_argument", "def f(a, b, a):\n    pass\n"),
    ("duplicate_argument_kwonly", "def f(a, *, a):\n    pass\n"),
    ("duplicate_argument_lambda", "g = lambda a, a: 1\n"),
    ("default_before_nondefault", "def f(a=1, b):\n    pass\n"),
    ("unpack_in_comprehension", "x = [*a for a in b]\n"),
    ("dict_unpack_in_comprehension", "x = {**a for a in b}\n"),
    ("generator_unparenthesized_arg", "f(x for x in y, 1)\n"),
    # --- compile-time: async -----------------------------------------------------------
    ("await_module_level", "await x\n"),
    ("await_module_level_later", "import asyncio\nx = 1\nresult = await asyncio.sleep(1)\n"),
    ("await_sync_function", "def f():\n    await x\n"),
    ("await_sync_function_in_call", "def f():\n    print(await g())\n"),
    ("await_lambda", "async def f():\n    g = lambda: await x\n"),
    ("await_in_class_body", "class A:\n    x = await y\n"),
    ("await_nested_sync_def", "async def f():\n    def g():\n        await x\n"),
    ("async_for_sync_function", "def f():\n    async for x in y:\n        pass\n"),
    ("async_for_module_level", "async for x in y:\n    pass\n"),
    ("async_with_sync_function", "def f():\n    async with x:\n        pass\n"),
    ("async_with_module_level", "async with x as y:\n    pass\n"),
    ("async_comprehension_sync_function", "def f():\n    return [x async for x in y]\n"),
    ("async_comprehension_module", "xs = [x async for x in y]\n"),
    ("async_set_comprehension_sync", "def f():\n    return {x async for x in y}\n"),
    ("async_dict_comprehension_sync", "def f():\n    return {x: 1 async for x in y}\n"),
    ("await_in_comprehension_sync", "def f():\n    return [await x for x in y]\n"),
    ("await_in_comprehension_module", "xs = [await x for x in y]\n"),
    ("return_value_async_generator", "async def f():\n    yield 1\n    return 2\n"),
    ("return_value_async_generator_before_yield", "async def f():\n    return 2\n    yield 1\n"),
    ("yield_from_async", "async def f():\n    yield from g()\n"),
    ("yield_in_list_comprehension", "def f():\n    return [(yield x) for x in y]\n"),
    ("yield_in_set_comprehension", "def f():\n    return {(yield x) for x in y}\n"),
    ("yield_in_dict_comprehension", "def f():\n    return {x: (yield x) for x in y}\n"),
    ("yield_in_generator_expression", "def f():\n    return ((yield x) for x in y)\n"),
    ("async_for_in_sync_comprehension_inside_async", "async def f():\n    def g():\n        return [x async for x in y]\n"),
    ("async_genexp_in_sync_function_list", "def f():\n    return [i async for i in aiter(y)]\n"),
    # --- compile-time: control flow ------------------------------------------------------
    ("return_outside_function", "return 1\n"),
    ("return_in_class_body", "class A:\n    return 1\n"),
    ("yield_outside_function", "yield 1\n"),
    ("yield_in_class_body", "class A:\n    yield 1\n"),
    ("yield_from_outside_function", "yield from x\n"),
    ("break_outside_loop", "break\n"),
    ("break_in_if", "if x:\n    break\n"),
    ("break_in_function_inside_loop", "for i in x:\n    def f():\n        break\n"),
    ("continue_outside_loop", "continue\n"),
    ("continue_in_function", "def f():\n    continue\n"),
    ("continue_in_class_in_loop", "while x:\n    class A:\n        continue\n"),
    ("break_in_loop_else", "for i in x:\n    pass\nelse:\n    break\n"),
    # --- compile-time: scopes ------------------------------------------------------------
    ("nonlocal_module_level", "nonlocal x\n"),
    ("nonlocal_no_binding", "def f():\n    nonlocal x\n"),
    ("nonlocal_no_binding_global_only", "x = 1\ndef f():\n    def g():\n        nonlocal x\n"),
    ("nonlocal_class_binding_ignored", "class A:\n    x = 1\n    def f(self):\n        nonlocal x\n"),
    ("parameter_and_global", "def f(a):\n    global a\n"),
    ("parameter_and_nonlocal", "def f():\n    a = 1\n    def g(a):\n        nonlocal a\n"),
    ("assigned_before_global", "def f():\n    x = 1\n    global x\n"),
    ("used_before_global", "def f():\n    print(x)\n    global x\n"),
    ("assigned_before_global_module", "x = 1\nglobal x\n"),
    ("assigned_before_nonlocal", "def f():\n    x = 0\n    def g():\n        x = 1\n        nonlocal x\n"),
    ("nonlocal_and_global", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n"),
    ("annotated_global", "def f():\n    global x\n    x: int = 1\n"),
    ("symtable_before_codegen", "return 1\nnonlocal x\n"),
    ("comprehension_rebind_walrus", "xs = [i := 0 for i in range(3)]\n"),
    ("walrus_in_comprehension_iterable", "xs = [x for x in (y := [1, 2])]\n"),
    # --- more of what learners type -----------------------------------------------------
    ("learner_if_assign", "if x = 1:\n    pass\n"),
    ("learner_while_assign", "while n = next(it):\n    pass\n"),
    ("learner_kwargs_missing_comma", "f(a=1 b=2)\n"),
    ("learner_else_if", "if x:\n    pass\nelse if y:\n    pass\n"),
    ("learner_try_without_except", "try:\n    pass\nprint(1)\n"),
    ("learner_class_paren", "class A(:\n    pass\n"),
    ("learner_triple_equals", "x === 1\n"),
    ("learner_else_indented", "if x:\n    pass\n  else:\n    pass\n"),
    ("learner_listcomp_unclosed", "xs = [i for i in range(3)\nprint(xs)\n"),
    ("learner_def_no_parens", "def f:\n    pass\n"),
    ("learner_return_plus_eof", "def f(x):\n    return x +\n"),
    ("learner_fstring_assign", 'f"{x}" = 1\n'),
    ("learner_del_literal", "del 1\n"),
    ("learner_genexp_assign", "(x for x in y) = 1\n"),
    ("learner_listcomp_assign", "[x for x in y] = 1\n"),
    ("learner_dict_assign", "{1: 2} = x\n"),
    ("learner_method_call_assign", "x.y() = 1\n"),
    ("learner_await_as_name", "await = 1\n"),
    ("learner_async_as_name", "async = 1\n"),
    ("learner_nonlocal_in_method", "class A:\n    def f(self):\n        nonlocal y\n"),
    ("learner_global_then_nonlocal", "def f():\n    global x\n    nonlocal x\n"),
    ("learner_yield_assign_module", "x = yield\n"),
    ("learner_async_for_nested_sync", "async def f():\n    def g():\n        async for x in y:\n            pass\n"),
    ("learner_async_comp_in_lambda", "async def f():\n    return lambda: [x async for x in y]\n"),
    ("learner_await_in_sync_method", "class A:\n    def run(self):\n        await self.go()\n"),
    ("learner_unicode_unclosed", "caf\u00e9 = 1\nprint(caf\u00e9\n"),
    ("learner_tab_after_spaces", "if x:\n    pass\n    \tpass\n"),
    ("learner_docstring_dedent", 'def f():\n    """doc"""\n  return 1\n'),
    ("learner_strings_missing_comma", 'print("a" "b" c)\n'),
    ("learner_call_missing_comma_numbers", "foo(1, 2 3)\n"),
    ("learner_dict_missing_comma", "d = {'a': 1 'b': 2}\n"),
    ("learner_list_missing_comma_middle", "x = [1, 2 3, 4]\n"),
    ("learner_two_numbers", "x = 10 20\n"),
    ("learner_elif_no_condition", "if x:\n    pass\nelif:\n    pass\n"),
    ("learner_while_else_no_colon", "while True:\n    pass\nelse\n    pass\n"),
    ("learner_apostrophe", "x = 'it's'\n"),
    ("learner_mixed_quotes", "print('hello\")\n"),
    ("learner_lone_triple_quote", '"""\n'),
    ("learner_two_dots", "x = 1.2.3\n"),
    ("learner_exponent_missing", "x = 5e\n"),
    ("learner_fstring_bad_conversion", 'f"{x!z}"\n'),
    ("learner_fstring_open_brace_only", 'f"{"\n'),
    ("learner_fstring_empty_in_call", 'print(f"{}")\n'),
    ("learner_missing_paren_then_def", "print('a'\ndef f():\n    pass\n"),
    ("learner_await_outside_in_print", "print(await asyncio.sleep(1))\n"),
    ("learner_asyncio_run_await", "import asyncio\nasync def main():\n    pass\nawait main()\n"),
    ("learner_async_with_no_colon", "async def f():\n    async with lock\n        pass\n"),
    ("learner_yield_in_async_comp", "async def f():\n    return [(yield x) async for x in y]\n"),
    ("learner_return_in_async_gen_nested", "async def gen():\n    for i in range(3):\n        yield i\n    return i\n"),
    ("learner_yield_from_async_gen", "async def gen():\n    yield 1\n    yield from other()\n"),
    ("learner_break_in_async_for_else", "async def f():\n    async for x in y:\n        pass\n    else:\n        break\n"),
    ("learner_continue_in_with", "with x:\n    continue\n"),
    ("learner_keyword_repeated_class", "class A(metaclass=M, metaclass=N):\n    pass\n"),
    ("learner_star_in_index_store", "*a, b, *c = range(5)\n"),
    ("learner_starred_return", "def f():\n    return *a\n"),
    ("learner_starred_print_arg_ok_but_expr", "*a\n"),
    ("learner_decimal_in_call", "range(1_)\n"),
    ("learner_unmatched_after_call", "print(1))\n"),
    ("learner_unmatched_bracket_nested", "x = {'a': [1, 2)}\n"),
    ("learner_colon_after_call", "print(1):\n"),
    ("learner_lambda_statement", "lambda x: x = 1\n"),
    ("learner_tuple_augassign_paren", "(a, b) += 1\n"),
    ("learner_import_star_in_def", "def f():\n    from asyncio import *\n"),
    ("learner_walrus_in_class_comp", "class A:\n    xs = [y := 1 for i in z]\n"),
    ("learner_await_in_genexp_module", "g = (await x for x in y)\nprint(g)\nawait g\n"),
    # --- error order and columns -------------------------------------------------------
    ("first_of_two_compile_errors", "def f():\n    x = 1\nbreak\nreturn 2\n"),
    ("compile_error_column_is_bytes", "\u00e9 = 1; \u00e9 = await x\n"),
    ("parse_error_column_is_chars", "\u00e9 = \u00e9 \u00e9\n"),
    ("parse_error_wins_over_compile", "await x\ny = = 2\n"),
]

# Programs that must compile; they exercise every construct the playground supports.
VALID = [
    ("valid_async_everything", '''import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.1)
        return self.n

async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

class Resource:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False

async def main():
    async for x in Ticker(3):
        print(x)
    async with Resource() as r, Resource():
        print(r)
    xs = [x async for x in agen(3)]
    ys = {x: x * 2 async for x in agen(2) if x}
    zs = [await asyncio.sleep(0, i) for i in range(2)]
    g = (await asyncio.sleep(0, i) for i in range(2))
    h = (x async for x in agen(2))
    it = aiter(agen(2))
    print(await anext(it), await anext(it, None))
    await asyncio.gather(*(asyncio.sleep(0) for _ in range(3)))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(1))
    try:
        await asyncio.wait_for(asyncio.sleep(2), timeout=1)
    except TimeoutError:
        pass
    return xs, ys, zs, g, h

asyncio.run(main())
'''),
    ("valid_fstrings", '''name = "x"
width = 10
print(f"{name!r:>{width}} {3.14159:.2f} {{braces}} {'nested'} {name=}")
print(f"{f'{name}'}", f"{[1, 2][0]}", rf"\\d{name}", F"""multi
{name}
line""")
print(f"{name["0"] if False else name}")
'''),
    ("valid_walrus", '''if (n := len("abc")) > 2:
    print(n)
data = [y for x in range(5) if (y := x * 2) > 4]
while (chunk := data.pop() if data else None) is not None:
    print(chunk)
'''),
    ("valid_scopes", '''counter = 0
def outer():
    total = 0
    def inner():
        nonlocal total
        global counter
        total += 1
        counter += 1
        return total
    return inner
class A:
    x = 1
    def method(self, *args, key=None, **kwargs):
        return super().__init__()
lambda *a, b=1, **k: (a, b, k)
def pos(a, b, /, c, *, d):
    pass
'''),
    ("valid_control_flow", '''for i in range(3):
    if i == 1:
        continue
    elif i == 2:
        break
else:
    pass
while False:
    pass
try:
    raise ValueError("x") from None
except (ValueError, TypeError) as e:
    pass
else:
    pass
finally:
    pass
with open("f") as f, open("g") as g:
    pass
a, *rest = [1, 2, 3]
[b, *_], c = [1, 2], 3
x = 1 if a else 2
del a
assert c, "message"
'''),
    ("valid_generators", '''def gen():
    x = yield 1
    yield from range(x or 2)
    return 5
def g2():
    return [x for x in (yield)]
async def coro():
    return [await x for x in []]
async def agen():
    yield
    return
'''),
    ("valid_await_in_genexp_in_async", "async def f():\n    return (await x for x in y)\n"),
    ("valid_debug_read", "print(__debug__)\n"),
    ("valid_soft_keywords_as_names", "match = 1\ncase = 2\ntype = 3\nprint(match, case, type)\n"),
    ("valid_unicode_name_escape", 'print("\\N{BULLET} \\N{EM DASH}")\n'),
    ("valid_global_then_assign", "def f():\n    global x\n    x = 1\n"),
    ("valid_nonlocal_from_enclosing_param", "def f(a):\n    def g():\n        nonlocal a\n        a = 2\n    return g\n"),
    ("valid_async_comprehension_in_async_lambda_free", "async def f():\n    return [x async for x in y]\n"),
    ("valid_empty", ""),
    ("valid_comment_only", "# nothing here\n"),
    ("valid_no_trailing_newline", "print(1)"),
    ("valid_decorators", "@dec\n@dec2(1)\ndef f():\n    pass\n@dec\nclass A:\n    pass\n"),
    ("valid_break_in_nested_loop_in_try", "for i in x:\n    try:\n        break\n    finally:\n        pass\n"),
]


def outcome(src):
    try:
        compile(src, "<x>", "exec")
    except SyntaxError as e:
        return {"kind": type(e).__name__, "msg": e.msg, "line": e.lineno, "col": e.offset}
    return None


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit(f"run this with CPython 3.12, not {sys.version.split()[0]}")
    names = [n for n, _ in CASES + VALID]
    assert len(names) == len(set(names)), "duplicate case names"
    out = []
    for name, src in CASES:
        err = outcome(src)
        if err is None:
            sys.exit(f"case {name!r} compiles without error; move it to VALID or fix it")
        out.append({"name": name, "source": src, "error": err})
    for name, src in VALID:
        err = outcome(src)
        if err is not None:
            sys.exit(f"valid case {name!r} fails: {err}")
        out.append({"name": name, "source": src, "error": None})
    root = pathlib.Path(__file__).resolve().parents[2]
    target = root / "crates" / "syntax" / "tests" / "syntax_errors.json"
    target.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} error cases and {len(VALID)} valid programs to {target}")


if __name__ == "__main__":
    main()
