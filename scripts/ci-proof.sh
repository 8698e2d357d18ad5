#!/usr/bin/env bash
# The suite's promise: `.ci/run` passes on a clean clone, five runs in a row, while another process keeps
# one core busy, and the whole suite (`npm test -- --wiki`: the total its summary prints, the real-wiki
# journeys running alongside the browser tests) takes under 3 minutes on a 2-core machine. This script
# checks it:
#
#   scripts/ci-proof.sh            # 5 runs of the committed HEAD
#   RUNS=1 REF=main scripts/ci-proof.sh
#
# Each run gets a fresh clone (of the committed REF, default HEAD; uncommitted changes are not included)
# in a temporary folder, so nothing is reused between runs but npm's download cache. While the runs go,
# `yes > /dev/null` keeps one core busy. For every run it records the exit code, the wall time of the
# whole `.ci/run` (npm ci included), the step times and the totals line, and the machine load, in
# <folder>/results.txt; the full output of run N is <folder>/run-N.log. Exits non-zero if any run failed
# or its suite (the summary's total, npm ci not included) took longer than LIMIT_SECONDS (default 180).
set -uo pipefail

repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
ref=$(git -C "$repo" rev-parse "${REF:-HEAD}")
runs=${RUNS:-5}
limit=${LIMIT_SECONDS:-180}

# Seconds of a step in the summary's step line ("wiki tests 3 min 06 s" or "wiki tests 58.2 s"); 0 if absent.
step_seconds() {
  local text
  text=$(grep -oE "$1 ([0-9]+ min [0-9]+ s|[0-9.]+ s)" <<<"$2" | head -1 | sed "s/^$1 //")
  if [[ $text =~ ^([0-9]+)\ min\ ([0-9]+)\ s$ ]]; then
    echo $((10#${BASH_REMATCH[1]} * 60 + 10#${BASH_REMATCH[2]}))
  elif [[ $text =~ ^([0-9]+)(\.[0-9]+)?\ s$ ]]; then
    echo "${BASH_REMATCH[1]}"
  else
    echo 0
  fi
}
work=$(mktemp -d /tmp/ladder-ci-proof.XXXXXX)
results="$work/results.txt"

yes >/dev/null &
busy=$!
trap 'kill "$busy" 2>/dev/null' EXIT

{
  echo "ci-proof: $runs run(s) of .ci/run on fresh clones of $ref ($(git -C "$repo" log -1 --format=%s "$ref" | cut -c1-70))"
  echo "machine: $(nproc) cores, one kept busy by yes (pid $busy); started $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
} | tee "$results"

failures=0
for run in $(seq 1 "$runs"); do
  clone="$work/clone-$run"
  log="$work/run-$run.log"
  git clone --quiet --no-local "$repo" "$clone" && git -C "$clone" checkout --quiet --detach "$ref"
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s)
  # CPU time (user + sys, the browsers included) says how much work the run was, whatever the load.
  (cd "$clone" && /usr/bin/time -f 'ci-proof cpu: user %U s, sys %S s' .ci/run) >"$log" 2>&1
  status=$?
  wall=$(($(date +%s) - start))
  cpu=$(grep -o 'ci-proof cpu: .*' "$log" | tail -1 | sed 's/ci-proof cpu: //')
  steps=$(grep -E ' · total ' "$log" | tail -1)
  totals=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
  suite=$(step_seconds 'total' "$steps")
  verdict=pass
  if [ "$status" -ne 0 ]; then verdict=FAIL; fi
  if [ "$suite" -gt "$limit" ]; then verdict="$verdict, suite OVER ${limit}s"; fi
  if [ "$verdict" != pass ]; then failures=$((failures + 1)); fi
  printf 'run %d: %s, exit %d, wall %dm%02ds (suite %dm%02ds, the rest npm ci), cpu %s | %s | %s | load before %s, after %s\n' \
    "$run" "$verdict" "$status" $((wall / 60)) $((wall % 60)) $((suite / 60)) $((suite % 60)) \
    "$cpu" "$totals" "$steps" \
    "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results"
  # Keep the log, drop the clone (node_modules is half a gigabyte).
  rm -rf "$clone"
done

echo "ci-proof: $((runs - failures)) of $runs run(s) passed, suite within ${limit}s; logs in $work" | tee -a "$results"
[ "$failures" -eq 0 ]
