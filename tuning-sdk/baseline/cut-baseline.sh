#!/usr/bin/env bash
# The tuning SDK's compatibility baseline: the jar of a released SDK version, built reproducibly from the commit
# that released it. japicmp (tuning-sdk/pom.xml) compares every build of the SDK with it.
#
#   tuning-sdk/baseline/cut-baseline.sh <commit>   builds the SDK of <commit> into tuning-sdk-<version>.jar and
#                                                  records the commit and the jar's SHA-256 in SOURCE
#   tuning-sdk/baseline/cut-baseline.sh --check    rebuilds the jar from the commit in SOURCE and compares checksums
#
# Only the SDK of that commit is built (no tests, no install): nothing in ~/.m2 changes. Same JDK major, same jar.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel)
version=1.0.0
baseline="$here/tuning-sdk-$version.jar"
# Fixed entry times, so the same sources give the same bytes (reproducible builds).
timestamp=2026-01-01T00:00:00Z

build() {
    local commit=$1 work
    work=$(mktemp -d)
    trap 'rm -rf "$work"' RETURN
    git -C "$root" archive "$commit" | tar -x -C "$work"
    (cd "$work" && ./mvnw -B -q -pl tuning-sdk -DskipTests -Djapicmp.skip=true \
        -Dproject.build.outputTimestamp="$timestamp" package)
    cp "$work"/tuning-sdk/target/tuning-sdk-*.jar "$2"
}

if [[ "${1:-}" == "--check" ]]; then
    commit=$(sed -n 's/^commit=//p' "$here/SOURCE")
    expected=$(sed -n 's/^sha256=//p' "$here/SOURCE")
    rebuilt=$(mktemp --suffix=.jar)
    build "$commit" "$rebuilt"
    actual=$(sha256sum "$rebuilt" | cut -d' ' -f1)
    committed=$(sha256sum "$baseline" | cut -d' ' -f1)
    rm -f "$rebuilt"
    echo "SOURCE says $expected; committed jar $committed; rebuilt from $commit: $actual"
    [[ "$expected" == "$actual" && "$committed" == "$actual" ]] && echo "baseline reproduced" || { echo "MISMATCH"; exit 1; }
    exit 0
fi

commit=$(git -C "$root" rev-parse --verify "${1:?usage: cut-baseline.sh <commit> | --check}^{commit}")
build "$commit" "$baseline"
sum=$(sha256sum "$baseline" | cut -d' ' -f1)
cat > "$here/SOURCE" <<SOURCE
# The tuning SDK $version baseline: built by cut-baseline.sh from this commit's tuning-sdk sources.
version=$version
commit=$commit
sha256=$sum
built-with=$(java -version 2>&1 | head -1)
SOURCE
echo "baseline $baseline ($sum) from $commit"
