#!/usr/bin/env bash
# Builds what is missing, runs the JMH benchmarks with the Leibniz agent in every fork, and writes
# RESULTS.md and ratios.svg from the JSON results into benchmarks/target/ (with --update, over the
# tracked benchmarks/RESULTS.md and benchmarks/ratios.svg instead).
#
#   benchmarks/run.sh            shortened configuration: about 17 min on 2 idle cores (GMM d64, LSTM l4 left out)
#   benchmarks/run.sh --full     the annotated configuration: every size, 2 forks, 5 x 2 s + 5 x 2 s
#   benchmarks/run.sh --update   also replace the tracked RESULTS.md and ratios.svg
#   benchmarks/run.sh [--full] [--update] -- <more JMH options>   e.g. -- 'GmmBenchmark' -p gmm=d2_K5
#
# Environment: JAVA_HOME picks the JDK; REBUILD=1 forces a rebuild; LEIBNIZ_AGENT overrides the
# agent jar (default agent/target/leibniz-agent.jar); LEIBNIZ_DATA the data directory.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ -n "${JAVA_HOME:-}" ]; then export PATH="$JAVA_HOME/bin:$PATH"; fi

full=0
out=benchmarks/target
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --full) full=1 ;;
    --update) out=benchmarks ;;
    --) shift; extra=("$@"); break ;;
    *) echo "usage: $0 [--full] [--update] [-- JMH options]" >&2; exit 2 ;;
  esac
  shift
done

jar=benchmarks/target/benchmarks.jar
agent=${LEIBNIZ_AGENT:-agent/target/leibniz-agent.jar}
if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$jar" ] || [ ! -f "$agent" ]; then
  # The agent is built too (the forks load it); tests are left to `mvn verify`.
  mvn -B -ntp -q -pl agent,benchmarks -am -DskipTests package
fi

props=()
if [ -n "${LEIBNIZ_AGENT:-}" ]; then props+=("-Dleibniz.agent=$LEIBNIZ_AGENT"); fi
if [ -n "${LEIBNIZ_DATA:-}" ]; then props+=("-Dleibniz.data=$LEIBNIZ_DATA"); fi

if [ "$full" = 1 ]; then
  config=()
else
  # Three warm-up seconds: enough for C2 to compile the companions; since adjoints reuse their
  # tapes they no longer allocate their way through a fresh heap's slow first-touch phase.
  config=(-f 1 -wi 3 -i 3 -w 1s -r 1s
          -p gmm=d2_K5,d10_K25,d20_K50 -p lstm=l2_c1024)
fi

json=benchmarks/target/jmh.json
start=$(date +%s)
java "${props[@]}" -jar "$jar" "${config[@]}" -prof gc -rf json -rff "$json" "${extra[@]}"
echo "JMH took $(( $(date +%s) - start )) s"
java "${props[@]}" -cp "$jar" dev.leibniz.benchmarks.report.Report \
  "$json" "$out/RESULTS.md" "$out/ratios.svg"
echo "wrote $out/RESULTS.md and $out/ratios.svg"
