# gi_/cr_/ag_suspended and _running through a generator's, coroutine's and async generator's
# life (created, running, suspended, finished), and cr_origin.
import asyncio

def gen():
    print("inside", g.gi_running, g.gi_suspended)
    yield 1

async def agen():
    print("ag inside", a.ag_running, a.ag_suspended)
    await asyncio.sleep(0)
    yield 1

async def coro():
    await asyncio.sleep(0.1)

async def main():
    global g, a
    g = gen()
    print("created", g.gi_suspended, g.gi_running)
    next(g)
    print("after next", g.gi_suspended, g.gi_running)
    g.close()
    print("closed", g.gi_suspended)
    a = agen()
    print("ag created", a.ag_suspended)
    print(await anext(a), a.ag_suspended, a.ag_running)
    await a.aclose()
    print("ag closed", a.ag_suspended)
    c = coro()
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print("coro awaiting", c.cr_suspended, c.cr_running, c.cr_origin)
    await t
    print("coro done", c.cr_suspended)


asyncio.run(main())
