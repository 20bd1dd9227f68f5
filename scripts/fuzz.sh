#!/usr/bin/env bash
# Runs each Fuzz target in the module for the given time (default 5s).
# Go's fuzzer can end a time-boxed run with "context deadline exceeded" and
# no failing input when the machine is loaded (a worker is slow to stop);
# such a run is retried once with a fixed number of executions instead of a
# deadline. A real failure (an input written to testdata/fuzz) fails at once.
set -uo pipefail
t=${1:-5s}
status=0
for f in $(grep -rl --include='*_test.go' '^func Fuzz' . | sort); do
  pkg=./$(dirname "${f#./}")
  for name in $(grep -o '^func Fuzz[A-Za-z0-9_]*' "$f" | sed 's/^func //'); do
    echo "fuzz $pkg $name ($t)"
    out=$(go test -run '^$' -fuzz "^${name}\$" -fuzztime "$t" "$pkg" 2>&1)
    rc=$?
    if [[ $rc -ne 0 ]] && grep -q 'context deadline exceeded' <<<"$out" && ! grep -q 'Failing input written' <<<"$out"; then
      echo "  deadline flake; retrying $name with 2000 executions"
      out=$(go test -run '^$' -fuzz "^${name}\$" -fuzztime 2000x "$pkg" 2>&1)
      rc=$?
    fi
    if [[ $rc -ne 0 ]]; then
      echo "$out"
      status=1
    fi
  done
done
exit $status
