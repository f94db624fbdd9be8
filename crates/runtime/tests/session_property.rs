//! Property test of time travel: for random programs, the state at step M is the same
//! whether reached by stepping forward from 0, by going to a later step N and stepping back,
//! by `goto(M)` in a session that ran to the end, or by `goto(M)` in a fresh session that
//! runs lazily only as far as M.
//!
//! Programs come from a small grammar of statement templates (assignments, loops, branches,
//! calls, caught exceptions, in-place changes of a global list and dict, `async for` over a
//! class-based iterator driven by hand, appending to a local list) drawn
//! with a seeded PRNG, so every failure names a seed that reproduces it.

use aiterscope_runtime::recorder::Kind;
use aiterscope_runtime::session::{Session, SessionOptions, StepState};

/// xorshift64*: small, deterministic, good enough to draw programs.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PRELUDE: &str = "\
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1

def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

def f(a):
    b = a * 2
    if b > 5:
        return b - a
    return b + 1

v0 = 0
v1 = 1
v2 = 2
acc = []
seen = {}
";

struct Gen {
    rng: Rng,
    defs: String,
    next_def: usize,
}

impl Gen {
    fn var(&mut self) -> String {
        format!("v{}", self.rng.below(3))
    }

    fn expr(&mut self) -> String {
        match self.rng.below(4) {
            0 => format!("{}", self.rng.below(10)),
            1 => format!("{} + {}", self.var(), self.rng.below(5)),
            2 => format!("f({})", self.var()),
            _ => format!("len([{}, {}])", self.var(), self.rng.below(3)),
        }
    }

    fn block(&mut self, indent: usize, depth: usize, out: &mut String) {
        let n = 1 + self.rng.below(3);
        for _ in 0..n {
            self.stmt(indent, depth, out);
        }
    }

    fn stmt(&mut self, indent: usize, depth: usize, out: &mut String) {
        let pad = " ".repeat(indent);
        let choice = if depth >= 2 {
            self.rng.below(3)
        } else {
            self.rng.below(8)
        };
        match choice {
            0 => {
                let (v, e) = (self.var(), self.expr());
                out.push_str(&format!("{pad}{v} = {e}\n"));
            }
            1 => {
                let v = self.var();
                out.push_str(&format!("{pad}print('{v} =', {v})\n"));
            }
            2 => {
                let (v, w) = (self.var(), self.var());
                out.push_str(&format!(
                    "{pad}items = [{w}, {}]\n{pad}{v} = len(items) + {w}\n",
                    self.rng.below(4)
                ));
            }
            3 => {
                out.push_str(&format!(
                    "{pad}for i{depth} in range({}):\n",
                    1 + self.rng.below(3)
                ));
                self.block(indent + 4, depth + 1, out);
                let v = self.var();
                out.push_str(&format!("{pad}    {v} = {v} + i{depth}\n"));
            }
            4 => {
                let v = self.var();
                out.push_str(&format!("{pad}if {v} > {}:\n", self.rng.below(6)));
                self.block(indent + 4, depth + 1, out);
                out.push_str(&format!("{pad}else:\n"));
                self.block(indent + 4, depth + 1, out);
            }
            5 => {
                let v = self.var();
                out.push_str(&format!("{pad}try:\n{pad}    if {v} % 2 == 0:\n{pad}        raise ValueError('even ' + str({v}))\n"));
                self.block(indent + 4, depth + 1, out);
                out.push_str(&format!(
                    "{pad}except ValueError as e:\n{pad}    print('caught', e)\n"
                ));
            }
            6 => {
                // In-place changes of watched containers (no rebinding: live-locals stores).
                let (v, w) = (self.var(), self.var());
                out.push_str(&format!(
                    "{pad}acc.append({v})\n{pad}seen[{w} % 3] = len(acc)\n"
                ));
            }
            _ => {
                let k = self.next_def;
                self.next_def += 1;
                let n = 1 + self.rng.below(3);
                self.defs.push_str(&format!(
                    "async def consume{k}():\n    total = 0\n    got = []\n    async for x in Countdown({n}):\n        total += x\n        got.append(x)\n        print('got', x)\n    return total\n\n"
                ));
                let v = self.var();
                out.push_str(&format!("{pad}{v} = drive(consume{k}())\n"));
            }
        }
    }
}

fn program(seed: u64) -> String {
    let mut g = Gen {
        rng: Rng::new(seed),
        defs: String::new(),
        next_def: 0,
    };
    let mut body = String::new();
    let n = 3 + g.rng.below(5);
    for _ in 0..n {
        g.stmt(0, 0, &mut body);
    }
    format!("{PRELUDE}\n{}{body}print('end', v0, v1, v2)\n", g.defs)
}

fn options() -> SessionOptions {
    SessionOptions {
        keyframe_interval: 7,
        event_budget: 20_000,
        ..SessionOptions::default()
    }
}

#[test]
fn every_way_of_reaching_a_step_gives_the_same_state() {
    for seed in 1..=30u64 {
        let src = program(seed);
        let mut s = Session::load_with(&src, options())
            .unwrap_or_else(|e| panic!("seed {seed}: {e:?}\n{src}"));
        // Forward, one step at a time, from 0.
        let mut forward: Vec<StepState> = vec![s.state()];
        while s.step_forward() {
            forward.push(s.state());
        }
        let len = s.len();
        assert_eq!(forward.len(), len, "seed {seed}");
        assert!(s.is_finished(), "seed {seed}");
        let end = forward[len - 1]
            .end
            .clone()
            .expect("the last step has the end");
        assert_eq!(
            end.reason,
            aiterscope_runtime::recorder::EndReason::Finished,
            "seed {seed}: {}\n{src}",
            end.message
        );
        for (i, st) in forward.iter().enumerate() {
            assert_eq!(st.step, i, "seed {seed}");
        }
        let mut rng = Rng::new(seed ^ 0xABCD);
        for _ in 0..20 {
            let n = rng.below(len);
            let m = rng.below(n + 1);
            // Forward to N, then back to M one step at a time.
            s.goto(n);
            assert_eq!(s.state(), forward[n], "seed {seed}: goto({n})");
            while s.cursor() > m {
                assert!(s.step_back());
            }
            assert_eq!(
                s.state(),
                forward[m],
                "seed {seed}: goto({n}) then back to {m}"
            );
            // Directly, in a fresh session that runs only as far as needed.
            let mut fresh = Session::load_with(&src, options()).unwrap();
            assert_eq!(fresh.goto(m), m);
            assert_eq!(fresh.state(), forward[m], "seed {seed}: fresh goto({m})");
            // And stepping M times from 0 in that fresh session's twin.
            let mut stepped = Session::load_with(&src, options()).unwrap();
            for _ in 0..m {
                assert!(stepped.step_forward());
            }
            assert_eq!(
                stepped.state(),
                forward[m],
                "seed {seed}: {m} steps forward"
            );
        }
    }
}

#[test]
fn the_same_program_records_the_same_log_whatever_the_heap_looks_like() {
    for seed in 1..=30u64 {
        let src = program(seed);
        let mut first = Session::load_with(&src, options()).unwrap();
        first.run_to_end(20_000);
        // Shift the allocator's state so that objects land at other addresses.
        let noise: Vec<Box<[u8; 48]>> = (0..(seed as usize * 37))
            .map(|_| Box::new([0u8; 48]))
            .collect();
        let mut second = Session::load_with(&src, options()).unwrap();
        second.run_to_end(20_000);
        drop(noise);
        assert_eq!(first.len(), second.len(), "seed {seed}");
        let json = |s: &Session| -> Vec<String> {
            (0..s.len())
                .map(|i| {
                    aiterscope_runtime::recorder::json::event_json(
                        s.log(),
                        i,
                        &s.events(i..i + 1)[0],
                    )
                })
                .collect()
        };
        assert_eq!(json(&first), json(&second), "seed {seed}");
    }
}

#[test]
fn the_generated_programs_exercise_async_iteration_and_exceptions() {
    let all: String = (1..=30u64).map(program).collect();
    assert!(all.contains("async for x in Countdown("));
    assert!(all.contains("raise ValueError"));
    assert!(all.contains("for i0 in range("));
    assert!(all.contains("acc.append("));
}

#[test]
fn the_generated_programs_change_containers_in_place() {
    // `acc.append(..)` rebinds nothing: its stores come from the recorder's live watch of the
    // global (one store when `acc = []` binds it, one per change seen at a line event).
    let seed = (1..=60u64)
        .find(|&s| program(s).matches("acc.append(").count() >= 2)
        .expect("some program appends twice");
    let mut session = Session::load_with(&program(seed), options()).expect("compiles");
    session.run_to_end(20_000);
    let log = session.log();
    let acc_stores = log
        .events
        .iter()
        .filter(|e| matches!(e.kind, Kind::Store { name, .. } if log.text(name) == "acc"))
        .count();
    assert!(acc_stores >= 3, "seed {seed}: {acc_stores} stores of acc");
}
