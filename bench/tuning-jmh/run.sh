#!/usr/bin/env bash
# Measures the overhead of a tuning hook call (JMH). Needs the platform installed in the local Maven repository:
#   ./mvnw -B -DskipTests install && bench/tuning-jmh/run.sh
set -euo pipefail
cd "$(dirname "$0")"
../../mvnw -B -q -f pom.xml package dependency:copy-dependencies -DincludeScope=runtime
java -cp "target/classes:target/dependency/*" org.openjdk.jmh.Main HookCallBenchmark "$@"
