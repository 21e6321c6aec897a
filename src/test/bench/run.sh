#!/usr/bin/env bash
# Screening throughput benchmark (not part of `mvn verify`).
#   src/test/bench/run.sh [JSONL_RECORDS] [YAML_FILES]      defaults: 1000000 100000
# Generates synthetic intake data in a temporary folder, then times, in one run on this machine:
#   (a) screening N JSON Lines records to JSON Lines, next to the parse-only baseline and `jq -c .` (when installed);
#   (b) screening M small YAML files in a directory, next to the parse-only baseline.
# Every Java run uses the launcher's flags for screen (see java_opts). Every command's output goes to
# /dev/null, jq's as well as screen's, so that the disk is not what is measured.
set -euo pipefail
records=${1:-1000000}
files=${2:-100000}
cd "$(dirname "$0")/../../.."
mvn -B -q -DskipTests package
jar=target/skinadvisor.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java_opts=(-Xmx256m -XX:+UseParallelGC -XX:InlineSmallCode=500 -XX:FreqInlineSize=100)

seconds() { # runs the command, discarding its output, and prints the wall time in seconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }'
}
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# The baseline is compiled first: run from source, its timing would include compiling it (about a second).
javac -d "$work/classes" -cp "$jar" src/test/bench/ParseOnly.java
baseline=(java "${java_opts[@]}" -cp "$jar:$work/classes" ParseOnly)

echo "generating $records JSON Lines records and $files YAML files in $work ..."
java src/test/bench/GenerateIntake.java jsonl "$work/batch.jsonl" "$records"
java src/test/bench/GenerateIntake.java yaml "$work/files" "$files"

echo
echo "(a) $records JSON Lines records"
parse=$(seconds "${baseline[@]}" jsonl "$work/batch.jsonl")
screen=$(seconds java "${java_opts[@]}" -jar "$jar" screen --format jsonl "$work/batch.jsonl")
echo "  parse-only baseline : ${parse} s  $(rate "$records" "$parse") records/s"
echo "  screen to JSON Lines: ${screen} s  $(rate "$records" "$screen") records/s  ($(ratio "$parse" "$screen") of baseline throughput)"
if command -v jq >/dev/null; then
  jqs=$(seconds jq -c . "$work/batch.jsonl")
  echo "  jq -c . re-print    : ${jqs} s  $(rate "$records" "$jqs") records/s  (screen takes $(ratio "$screen" "$jqs") of jq's time)"
fi

echo
echo "(b) $files YAML files"
parse=$(seconds "${baseline[@]}" yaml "$work/files")
screen=$(seconds java "${java_opts[@]}" -jar "$jar" screen --format jsonl "$work/files")
echo "  parse-only baseline : ${parse} s  $(rate "$files" "$parse") files/s"
echo "  screen to JSON Lines: ${screen} s  $(rate "$files" "$screen") files/s  ($(ratio "$parse" "$screen") of baseline throughput)"
