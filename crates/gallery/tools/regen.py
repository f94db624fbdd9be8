"""Regenerates the gallery's expected output with CPython on a virtual clock.

    python3.12 crates/gallery/tools/regen.py [--check] [--python PATH]

For every `examples/<id>.py`, runs CPython in a fresh temporary directory (holding the
playground's pre-loaded files) with `oracle/` on PYTHONPATH (virtual clock, deterministic
`asyncio.to_thread`, and the reference models of the simulated `aiohttp`/`aiofiles`), then

* writes `examples/<id>.stdout` (with --check: fails if it differs instead), and
* checks that the `expected_error` written for the example in `src/examples.rs` equals the
  last stderr line when the program exits with an uncaught exception (and is `None` otherwise).
"""

import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile

GALLERY = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = GALLERY / "examples"
ORACLE = pathlib.Path(__file__).resolve().parent / "oracle"
TABLE = GALLERY / "src" / "examples.rs"


def preloaded_files():
    """The playground's pre-loaded files (docs/simulated-io.md, "Pre-loaded files")."""
    lines = [f"record {k:03d} of 100: data.\n" for k in range(1, 101)]
    return {"large_file.dat": "".join(lines).encode()}


def declared_errors():
    """Maps each id to the `expected_error` written in src/examples.rs."""
    text = TABLE.read_text()
    declared = {}
    for block in re.findall(r"example! \{(.*?)\n    \}", text, re.S):
        ident = re.search(r'id: "([^"]+)"', block).group(1)
        error = re.search(r"expected_error: (None|Some\((r#)?\"(.*?)\"(#)?\))", block, re.S)
        declared[ident] = None if error.group(1) == "None" else error.group(3)
    return declared


def run_example(python, source_path):
    with tempfile.TemporaryDirectory() as work:
        for name, data in preloaded_files().items():
            pathlib.Path(work, name).write_bytes(data)
        env = dict(os.environ, PYTHONPATH=str(ORACLE), PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        return subprocess.run(
            [python, "-X", "utf8", str(source_path)],
            cwd=work, env=env, capture_output=True, text=True, timeout=60,
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    declared = declared_errors()
    problems = []
    for source in sorted(EXAMPLES.glob("*.py")):
        ident = source.stem
        result = run_example(args.python, source)
        stdout_path = source.with_suffix(".stdout")
        if args.check:
            if not stdout_path.exists() or stdout_path.read_text() != result.stdout:
                problems.append(f"{ident}: stdout differs from {stdout_path.name}")
        else:
            stdout_path.write_text(result.stdout)
        stderr_lines = result.stderr.splitlines()
        actual_error = stderr_lines[-1] if result.returncode != 0 and stderr_lines else None
        if ident not in declared:
            problems.append(f"{ident}: not listed in src/examples.rs")
        elif declared[ident] != actual_error:
            problems.append(f"{ident}: expected_error is {declared[ident]!r}, CPython says {actual_error!r}")
        print(f"{ident}: exit {result.returncode}, {len(result.stdout.splitlines())} lines"
              + (f", error {actual_error}" if actual_error else ""))
        if result.stderr and result.returncode == 0:
            print("  stderr:", result.stderr.strip().replace("\n", "\n          "))
    for ident in sorted(set(declared) - {p.stem for p in EXAMPLES.glob("*.py")}):
        problems.append(f"{ident}: listed in src/examples.rs but examples/{ident}.py is missing")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
