#!/usr/bin/env python3
"""The aiterscope differential oracle: runs programs under CPython on a virtual clock.

A program runs exactly as `python3.12 FILE` would (as `__main__`, with its real file name, so
tracebacks and warnings are CPython's own), except that `vclock/sitecustomize.py` is imported
first: asyncio runs on a virtual clock, `time.time()`/`monotonic()`/`perf_counter()` read it, and
the cyclic GC is off.  The result is what the corpus compares: stdout (exact), the exit code
(exact) and the last line of stderr (exact); the full stderr is stored for information only.

Usage (run with CPython 3.12):
    oracle.py run FILE                 print the expectation of one program as JSON
    oracle.py regen [PATH...]          regenerate tests/corpus/**/*.expected (all, or the given
                                       files/directories); each program runs twice under the
                                       reference CPython and once under --cross (3.13 by default);
                                       programs whose results differ are reported and not written
Options for regen: --cross PYTHON|none, --check (write nothing, fail if anything would change).
"""

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ORACLE_DIR = Path(__file__).resolve().parent
REPO = ORACLE_DIR.parent.parent
CORPUS = REPO / "tests" / "corpus"
VCLOCK = ORACLE_DIR / "vclock"
PYENV = Path.home() / ".pyenv" / "versions"
REFERENCE_PYTHON = PYENV / "3.12.1" / "bin" / "python3.12"
CROSS_PYTHON = PYENV / "3.13.0" / "bin" / "python3.13"
TIMEOUT_SECONDS = 30

# Object addresses in default reprs (`<Foo object at 0x7f...>`) differ between runs.
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def normalize(text):
    """Replaces object addresses by `0x...` (the Rust harness applies the same rule), and the
    absolute corpus directory CPython puts in front of `__main__`'s file name by nothing, so
    paths read `<group>/<name>.py` as the harness names the program."""
    return ADDRESS.sub(" at 0x...", text).replace(str(CORPUS) + "/", "")


def last_line(stderr):
    """The compared part of stderr: its last line, ignoring trailing newlines ('' if empty)."""
    stripped = stderr.rstrip("\n")
    return stripped.split("\n")[-1] if stripped else ""


def run_program(rel_path, python=REFERENCE_PYTHON):
    """Runs tests/corpus/<rel_path> under `python` on the virtual clock; returns the expectation."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/"),
        "PYTHONPATH": str(VCLOCK),
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LC_ALL": "C.UTF-8",
    }
    proc = subprocess.run(
        [str(python), rel_path],
        cwd=CORPUS,
        env=env,
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
    )
    stdout = normalize(proc.stdout.decode("utf-8", "replace"))
    stderr = normalize(proc.stderr.decode("utf-8", "replace"))
    return {
        "stdout": stdout,
        "stderr_last": last_line(stderr),
        "exit_code": proc.returncode,
        "stderr": stderr,
    }


def compared(expectation):
    """The fields the corpus test compares."""
    return (expectation["stdout"], expectation["stderr_last"], expectation["exit_code"])


def serialize(expectation):
    """The committed `.expected` text: JSON, one field per line, compared fields first."""
    ordered = {key: expectation[key] for key in ("stdout", "stderr_last", "exit_code", "stderr")}
    return json.dumps(ordered, indent=1, ensure_ascii=False) + "\n"


def find_programs(paths):
    """Corpus programs (paths relative to tests/corpus) under the given files or directories."""
    roots = [Path(p).resolve() for p in paths] or [CORPUS]
    found = set()
    for root in roots:
        candidates = [root] if root.is_file() else root.rglob("*.py")
        for path in candidates:
            if path.suffix == ".py":
                found.add(path.relative_to(CORPUS).as_posix())
    return sorted(found)


def check_one(rel_path, cross_python):
    """Runs one program twice (plus the cross version); returns (expectation, [problems])."""
    first = run_program(rel_path)
    second = run_program(rel_path)
    problems = []
    if first != second:
        problems.append("NONDETERMINISTIC: two runs under 3.12 differ")
    if "VirtualLoopDeadlock" in first["stderr"]:
        problems.append("DEADLOCK: the program waits forever on the virtual loop")
    if cross_python is not None:
        other = run_program(rel_path, cross_python)
        if compared(other) != compared(first):
            problems.append(f"VERSION-SENSITIVE: {Path(cross_python).name} differs: "
                            f"{compared(other)!r}")
    return first, problems


def regen(args):
    cross = None if args.cross == "none" else Path(args.cross)
    if cross is not None and not cross.exists():
        print(f"note: {cross} not found, skipping the cross-version check")
        cross = None
    programs = find_programs(args.paths)
    written = unchanged = 0
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = pool.map(lambda p: (p, check_one(p, cross)), programs)
        for rel_path, (expectation, problems) in results:
            if problems:
                failures.append(rel_path)
                for problem in problems:
                    print(f"{rel_path}: {problem}")
                continue
            target = CORPUS / (rel_path[:-3] + ".expected")
            text = serialize(expectation)
            if target.exists() and target.read_text(encoding="utf-8") == text:
                unchanged += 1
                continue
            if args.check:
                failures.append(rel_path)
                print(f"{rel_path}: expectation is out of date")
                continue
            target.write_text(text, encoding="utf-8")
            written += 1
    if not args.paths:
        for expected in CORPUS.rglob("*.expected"):
            if not expected.with_suffix(".py").exists():
                print(f"orphan expectation (no program): {expected.relative_to(CORPUS)}")
                failures.append(str(expected))
    print(f"regen: {len(programs)} programs, {written} written, {unchanged} unchanged, "
          f"{len(failures)} problems")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="print the expectation of one program")
    run.add_argument("file")
    run.add_argument("--python", default=str(REFERENCE_PYTHON))
    regen_parser = sub.add_parser("regen", help="regenerate the committed expectations")
    regen_parser.add_argument("paths", nargs="*")
    regen_parser.add_argument("--cross", default=str(CROSS_PYTHON))
    regen_parser.add_argument("--check", action="store_true")
    regen_parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    if args.command == "run":
        rel_path = Path(args.file).resolve().relative_to(CORPUS).as_posix()
        sys.stdout.write(serialize(run_program(rel_path, args.python)))
        return 0
    return regen(args)


if __name__ == "__main__":
    sys.exit(main())
