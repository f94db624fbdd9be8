#!/usr/bin/env bash
# Runs every cargo-fuzz target for FUZZ_SECONDS seconds each (default 60), seeded from the
# differential corpus (tests/corpus/**/*.py), and prints how many executions ran without a
# crash. Crashes land in fuzz/artifacts/<target>/ and make the script fail.
#
#   fuzz/run.sh [TARGET...]          (default: parse compile run highlight)
#   FUZZ_SECONDS=300 fuzz/run.sh run
#
# cargo-fuzz needs nightly-only rustc flags (-Zsanitizer=address). It uses a nightly
# toolchain when rustup has one, else stable with RUSTC_BOOTSTRAP=1 (which unlocks them).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(parse compile run highlight)

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz from crates.io"
  cargo install cargo-fuzz --locked
fi

if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  CARGO=(cargo +nightly fuzz)
else
  export RUSTC_BOOTSTRAP=1
  CARGO=(cargo fuzz)
fi

failed=0
summary=()
for target in "${TARGETS[@]}"; do
  seeds="corpus/$target"
  mkdir -p "$seeds"
  # Seed (again) from the corpus programs; libFuzzer keeps what it finds beside them.
  find "$ROOT/tests/corpus" -name '*.py' -print0 | while IFS= read -r -d '' f; do
    cp "$f" "$seeds/seed_$(echo "$f" | sed "s|$ROOT/tests/corpus/||; s|/|_|g")"
  done
  log="target/fuzz-$target.log"
  mkdir -p target
  # Build first, so that a compile error is reported as one, not as a crash.
  if ! "${CARGO[@]}" build "$target" >"$log" 2>&1; then
    summary+=("$target: BUILD FAILED (see fuzz/$log)")
    failed=1
    continue
  fi
  echo "fuzz: $target for ${SECONDS_PER_TARGET}s (seeds: $(ls "$seeds" | wc -l) files)"
  # No leak detection (libFuzzer's -detect_leaks=0 during the run, ASan's detect_leaks=0 at
  # exit): a reference cycle (`a.append(a)`) is never freed, by design (reference counting
  # without a cycle collector, like CPython with `gc.disable()`), and LeakSanitizer would
  # report every such program as a crash.
  if ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" "${CARGO[@]}" run "$target" "$seeds" -- \
      -max_total_time="$SECONDS_PER_TARGET" -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
      -detect_leaks=0 \
      >"$log" 2>&1; then
    status=ok
  else
    status="CRASH (see fuzz/$log and fuzz/artifacts/$target/)"
    failed=1
  fi
  runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | grep -o '[0-9]*' || true)
  [ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#' || true)
  summary+=("$target: ${runs:-0} executions in ${SECONDS_PER_TARGET}s: $status")
done
echo
echo "fuzz summary"
printf '  %s\n' "${summary[@]}"
exit $failed
