#!/usr/bin/env bash
# SelfCheckBenchmark in paired runs: no option, then each check= fraction with a baseline build and
# this build alternating, so that both see the same machine load (figures in benchmarks/README.md).
#
#   benchmarks/selfcheck.sh BASE_DIR [FRACTION...]     default fractions: 0.001 0.01 1
#
# BASE_DIR holds leibniz-agent.jar and benchmarks.jar of the baseline (copy them from
# agent/target and benchmarks/target of a build of the baseline commit); this build's jars are
# agent/target/leibniz-agent.jar and benchmarks/target/benchmarks.jar (mvn -pl agent,benchmarks -am
# -DskipTests package). The self-check's GradientCheck comes from leibniz-annotations inside
# benchmarks.jar, so both jars of each build are used together.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
base="$1"
shift
fractions=("$@")
[ ${#fractions[@]} -gt 0 ] || fractions=(0.001 0.01 1)
run() { # label, directory of the two jars (agent, benchmarks), agent options
  echo "=== $1${3:+ ($3)}"
  java -Dleibniz.agent="$2/leibniz-agent.jar" -Dleibniz.agentOptions="$3" -jar "$2/benchmarks.jar" SelfCheckBenchmark \
    -f 1 -wi 3 -w 1 -i 5 -r 1 | grep -E '^(Benchmark|SelfCheckBenchmark)|leibniz: warning'
}
mkdir -p benchmarks/target/selfcheck-this
cp agent/target/leibniz-agent.jar benchmarks/target/benchmarks.jar benchmarks/target/selfcheck-this/
run "no option" benchmarks/target/selfcheck-this ""
for f in "${fractions[@]}"; do
  run baseline "$base" "check=$f"
  run this benchmarks/target/selfcheck-this "check=$f"
done
