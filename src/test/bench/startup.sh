#!/usr/bin/env bash
# Start-up benchmark (not part of `mvn verify`):  src/test/bench/startup.sh [RUNS]   default 15
# Times, in one run on this machine, the median wall time of:
#   (a) a trivial Java "hello" on the same JVM: the physical floor;
#   (b) bin/skinadvisor check on a small profile, with the class-data-sharing archive (Java 25+: AOT cache);
#   (c) the same without the archive (SKINADVISOR_CDS=off).
# The JVM is the launcher's: $JAVA_HOME if set, else java on the PATH. For Java 25:
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 src/test/bench/startup.sh
set -euo pipefail
runs=${1:-15}
cd "$(dirname "$0")/../../.."
mvn -B -q -DskipTests package
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "target/skinadvisor-$version.tar.gz" -C "$work"
launcher="$work/skinadvisor-$version/bin/skinadvisor"
export XDG_CACHE_HOME="$work/cache"
printf 'id: P-1\nconcerns: [acne scars]\nconditions: []\nmedications: [Eliquis]\nfitzpatrick: II\n' > "$work/p.yaml"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
javac -d "$work" "$work/Hello.java"
if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; else java=$(command -v java); fi

median() { # runs the command $runs times and prints the median wall time in milliseconds
  local times=() start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

"$launcher" check "$work/p.yaml" >/dev/null 2>&1   # creates the archive
hello=$(median "$java" -cp "$work" Hello)
with=$(median "$launcher" check "$work/p.yaml")
without=$(SKINADVISOR_CDS=off median "$launcher" check "$work/p.yaml")
echo "java: $("$java" -version 2>&1 | head -n 1)"
echo "(a) hello on the same JVM     : ${hello} ms"
echo "(b) check with the archive    : ${with} ms  ($(awk -v a="$with" -v b="$hello" 'BEGIN { printf "%.1f", a / b }') x hello)"
echo "(c) check without the archive : ${without} ms  ((b) is $(awk -v a="$without" -v b="$with" 'BEGIN { printf "%.1f", a / b }') x faster)"
