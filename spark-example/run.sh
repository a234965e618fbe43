#!/usr/bin/env bash
# Runs a main class of the Spark example in local mode on all cores, with the classes that the
# build transformed (no agent):
#   spark-example/run.sh                       the timing harness (benchmarks/SPARK.md): 10^6 points, 10 features
#   spark-example/run.sh PassTiming 200000 10  a smaller run
#   spark-example/run.sh LogisticRegressionJob the example job (L-BFGS to convergence)
#   spark-example/run.sh bench [JMH options]   GradientBenchmark (JMH): per-record cost, no Spark
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
main="${1:-PassTiming}"
shift || true
cd "$here"
# Builds the module (and what it needs: the plugin transforms its classes) and lists its class path;
# spark-example comes last in the reactor, so the file ends up holding its class path.
if [ ! -f target/classpath.txt ] || [ ! -f target/classes/dev/leibniz/spark/PassTiming.class ]; then
  (cd .. && mvn -B -q -pl spark-example -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$here/target/classpath.txt" -Dmdep.includeScope=compile)
fi
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"
# SPARK_USER: otherwise Spark asks Hadoop for the user, which fails on JDK 23+ (Subject.getSubject)
cp="target/classes:$(cat target/classpath.txt)"
if [ "$main" = bench ]; then
  exec java -cp "$cp" org.openjdk.jmh.Main GradientBenchmark "$@"
fi
SPARK_USER="${SPARK_USER:-leibniz}" exec java $opens -Xmx3g -cp "$cp" "dev.leibniz.spark.$main" "$@"
