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

elapsed() { # runs the command once and prints its wall time in milliseconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

"$launcher" check "$work/p.yaml" >/dev/null 2>&1   # creates the archive (on Java 17-24 in the background)
archive_ready() { # an archive in place, and no background run still writing one
  local dir=$XDG_CACHE_HOME/skinadvisor
  { compgen -G "$dir/*.jsa" || compgen -G "$dir/*.aot"; } >/dev/null && ! compgen -G "$dir/*.jsa.*" >/dev/null
}
for _ in $(seq 300); do archive_ready && break; sleep 0.2; done
# The three are interleaved, round by round, so that a slow spell of the machine falls on all of them alike.
for _ in $(seq "$runs"); do
  elapsed "$java" -cp "$work" Hello >>"$work/hello.ms"
  elapsed "$launcher" check "$work/p.yaml" >>"$work/with.ms"
  SKINADVISOR_CDS=off elapsed "$launcher" check "$work/p.yaml" >>"$work/without.ms"
done
hello=$(median <"$work/hello.ms")
with=$(median <"$work/with.ms")
without=$(median <"$work/without.ms")
echo "java: $("$java" -version 2>&1 | head -n 1)"
echo "(a) hello on the same JVM     : ${hello} ms"
echo "(b) check with the archive    : ${with} ms  ($(awk -v a="$with" -v b="$hello" 'BEGIN { printf "%.1f", a / b }') x hello)"
echo "(c) check without the archive : ${without} ms  ((b) is $(awk -v a="$without" -v b="$with" 'BEGIN { printf "%.1f", a / b }') x faster)"
