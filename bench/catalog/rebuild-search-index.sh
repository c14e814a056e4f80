#!/usr/bin/env bash
# Rebuilds the search index through the admin console and waits until it is done.
#   bench/catalog/rebuild-search-index.sh PORT COOKIE_JAR   (the jar holds a logged-in owner's session)
set -euo pipefail
PORT=$1; JAR=$2
BASE=http://127.0.0.1:$PORT
TOKEN=$(curl -s -b "$JAR" -c "$JAR" "$BASE/admin/search-index" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "_csrf=$TOKEN" "$BASE/admin/search-index/rebuild"
while true; do
  STATUS=$(curl -s -b "$JAR" "$BASE/admin/search-index/progress")
  case "$STATUS" in
    *'"state":"RUNNING"'*) sleep 5 ;;
    *'"state":"FAILED"'*) echo "rebuild failed: $STATUS"; exit 1 ;;
    *) echo "$STATUS"; break ;;
  esac
done
