#!/usr/bin/env bash
# Shows that `./mvnw verify` fails when the SDK breaks its baseline: copies this checkout's SDK, deletes the public
# method Money.plus from the copy, runs the real gate (japicmp-maven-plugin in verify) on it and expects a failure
# naming the method. Nothing in the checkout or in ~/.m2 changes.
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/pom.xml" "$root/mvnw" "$root/.mvn" "$work/"
mkdir -p "$work/tuning-sdk" && cp -r "$root/tuning-sdk/pom.xml" "$root/tuning-sdk/src" "$root/tuning-sdk/baseline" "$work/tuning-sdk/"
money="$work/tuning-sdk/src/main/java/io/tunemall/sdk/Money.java"
python3 - "$money" <<'PY'
import re, sys
path = sys.argv[1]
source = open(path, encoding="utf-8").read()
mutated = re.sub(r"\n    public Money plus\(Money other\) \{.*?\n    \}\n", "\n", source, count=1, flags=re.S)
assert mutated != source, "Money.plus not found"
open(path, "w", encoding="utf-8").write(mutated)
PY
echo "Money.plus removed from a copy of the SDK; running the gate (./mvnw verify on the copy, tests not compiled: they use Money.plus) ..."
if (cd "$work" && ./mvnw -B verify -Dmaven.test.skip=true -f tuning-sdk/pom.xml) > "$work/gate.log" 2>&1; then
    echo "FAILED TO CATCH: the gate passed an SDK without Money.plus"; exit 1
fi
grep -E "ERROR.*(japicmp|Incompatible|plus)" "$work/gate.log" | head -5 || true
echo "The gate failed the build, as it must."
