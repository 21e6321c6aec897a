#!/usr/bin/env bash
# Screening throughput benchmark (not part of `mvn verify`).
#   src/test/bench/run.sh [JSONL_RECORDS] [YAML_FILES] [ROUNDS]      defaults: 1000000 100000 1
# Generates synthetic intake data in a temporary folder, then times, in one run on this machine, ROUNDS times
# over, each round's commands one after another (a virtual machine's speed drifts by 15-30 % within the hour,
# so only commands timed side by side compare; more than one round also prints the median of each ratio):
#   (a) screening N JSON Lines records to JSON Lines, next to the parse-only baseline and `jq -c .` (when installed);
#   (b) screening M small YAML files in a directory, next to the parse-only baseline.
# `screen` runs as a user runs it: the distribution's launcher (its JVM flags, and the class-data archive a
# first run makes). The baseline runs on the same JVM with the launcher's heap, collector, compiler-thread and
# inlining flags.
# Every command's output goes to /dev/null, jq's as well as screen's, so that the disk is not what is measured.
set -euo pipefail
records=${1:-1000000}
files=${2:-100000}
rounds=${3:-1}
cd "$(dirname "$0")/../../.."
mvn -B -q -DskipTests package
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
jar=target/skinadvisor.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "target/skinadvisor-$version.tar.gz" -C "$work"
launcher="$work/skinadvisor-$version/bin/skinadvisor"
export XDG_CACHE_HOME="$work/cache"
if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; else java=$(command -v java); fi
java_opts=(-Xmx256m -XX:+UseParallelGC -XX:CICompilerCount=4 -XX:InlineSmallCode=500 -XX:FreqInlineSize=100)

seconds() { # runs the command, discarding its output, and prints the wall time in seconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }'
}
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# The baseline as the build compiled it: run from source, its timing would include compiling it (about a second).
baseline=("$java" "${java_opts[@]}" -cp "$jar:target/bench-classes" ParseOnly)

echo "generating $records JSON Lines records and $files YAML files in $work ..."
"$java" src/test/bench/GenerateIntake.java jsonl "$work/batch.jsonl" "$records"
"$java" src/test/bench/GenerateIntake.java yaml "$work/files" "$files"

# A first run makes the launcher's archive (on Java 17-24 in the background): wait for it, as startup.sh does.
head -n 100 "$work/batch.jsonl" | "$launcher" screen --format jsonl - >/dev/null 2>&1
archive_ready() {
  local dir=$XDG_CACHE_HOME/skinadvisor
  { compgen -G "$dir/*.jsa" || compgen -G "$dir/*.aot"; } >/dev/null && ! compgen -G "$dir/*.jsa.*" >/dev/null
}
for _ in $(seq 300); do archive_ready && break; sleep 0.2; done

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
baseline_ratios=()
jq_ratios=()
yaml_ratios=()

# Times the baseline and screen on one input and prints both; leaves screen's time in $screen and appends its share
# of the baseline's throughput to the array named last.
against_baseline() { # KIND INPUT COUNT UNIT RATIOS
  local kind=$1 input=$2 count=$3 unit=$4
  local -n ratios=$5
  local parse
  parse=$(seconds "${baseline[@]}" "$kind" "$input")
  screen=$(seconds "$launcher" screen --format jsonl "$input")
  ratios+=("$(ratio "$parse" "$screen")")
  echo "  parse-only baseline : ${parse} s  $(rate "$count" "$parse") $unit/s"
  echo "  screen to JSON Lines: ${screen} s  $(rate "$count" "$screen") $unit/s  (${ratios[-1]} of baseline throughput)"
}

for round in $(seq "$rounds"); do
  [ "$rounds" -gt 1 ] && echo && echo "round $round of $rounds"
  echo
  echo "(a) $records JSON Lines records"
  against_baseline jsonl "$work/batch.jsonl" "$records" records baseline_ratios
  if command -v jq >/dev/null; then
    jqs=$(seconds jq -c . "$work/batch.jsonl")
    jq_ratios+=("$(ratio "$screen" "$jqs")")
    echo "  jq -c . re-print    : ${jqs} s  $(rate "$records" "$jqs") records/s  (screen takes ${jq_ratios[-1]} of jq's time)"
  fi

  echo
  echo "(b) $files YAML files"
  against_baseline yaml "$work/files" "$files" files yaml_ratios
done

if [ "$rounds" -gt 1 ]; then
  echo
  echo "medians over $rounds rounds"
  echo "  (a) JSON Lines: $(printf '%s\n' "${baseline_ratios[@]}" | median) of baseline throughput$(
    [ ${#jq_ratios[@]} -gt 0 ] && echo ", screen takes $(printf '%s\n' "${jq_ratios[@]}" | median) of jq's time")"
  echo "  (b) YAML files: $(printf '%s\n' "${yaml_ratios[@]}" | median) of baseline throughput"
fi
