#!/usr/bin/env bash
# Times a 100,000-row bulk import (and the export of the same products) against MariaDB on this machine.
# Starts its own app on BENCH_PORT with a fresh database, drives the admin pages with curl like a browser would,
# and stops the app at the end. Needs: a built app/target/tunemall.jar, MariaDB on 127.0.0.1:3306 (root, no
# password), python3, curl, jq. Reproduce: bench/catalog-import/run.sh   (results go to stdout and $WORK)
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${BENCH_PORT:-8084}"
DB="${BENCH_DB:-tunemall_bench_import}"
PRODUCTS="${BENCH_PRODUCTS:-12500}"
HEAP="${BENCH_HEAP:-512m}"
WORK="${BENCH_WORK:-/tmp/tunemall-bench-import}"
PASSWORD="bench-owner-password"
BASE="http://127.0.0.1:$PORT"

rm -rf "$WORK" && mkdir -p "$WORK"
mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

python3 bench/catalog-import/generate.py "$WORK/products.csv" "$PRODUCTS"
echo "file: $(wc -l < "$WORK/products.csv") lines (with header), $(du -h "$WORK/products.csv" | cut -f1)"

SERVER_PORT="$PORT" TUNEMALL_DATA_DIR="$WORK/data" \
TUNEMALL_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB?sslMode=disable" TUNEMALL_DB_USERNAME=root TUNEMALL_DB_PASSWORD= \
TUNEMALL_ADMIN_INITIAL_PASSWORD="$PASSWORD" \
  java -Xmx"$HEAP" -jar app/target/tunemall.jar > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health/readiness" > /dev/null && break; sleep 1; done

JAR="$WORK/cookies"
csrf() { curl -s -b "$JAR" -c "$JAR" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//'; }
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=admin&password=$PASSWORD&_csrf=$(csrf /admin/login)" "$BASE/admin/login"

import_file() { # file mode -> prints the job id
  local token; token=$(csrf /admin/products/import)
  curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url}' -F "file=@$1" -F "mode=$2" -F "_csrf=$token" \
    "$BASE/admin/products/import" | sed 's#.*/##'
}
wait_job() { # id -> prints the final status JSON
  while true; do
    local status; status=$(curl -s -b "$JAR" "$BASE/admin/products/import/$1/status")
    if [ "$(echo "$status" | jq -r .running)" = "false" ]; then echo "$status"; return; fi
    sleep 1
  done
}

start=$(date +%s.%N)
job=$(import_file "$WORK/products.csv" ALL_OR_NOTHING)
result=$(wait_job "$job")
end=$(date +%s.%N)
echo "import (new products, all-or-nothing): $(echo "$end - $start" | bc) s  $(echo "$result" | jq -c '{status,totalRows,productsCreated,badRows}')"

for format in csv xlsx; do
  start=$(date +%s.%N)
  curl -s -b "$JAR" -o "$WORK/export.$format" "$BASE/admin/products/export?format=$format"
  end=$(date +%s.%N)
  echo "export $format: $(echo "$end - $start" | bc) s, $(du -h "$WORK/export.$format" | cut -f1)"
done

start=$(date +%s.%N)
job=$(import_file "$WORK/export.csv" PARTIAL)
result=$(wait_job "$job")
end=$(date +%s.%N)
echo "re-import of the csv export (no change): $(echo "$end - $start" | bc) s  $(echo "$result" | jq -c '{status,totalRows,productsUnchanged,productsUpdated}')"

sed -i 's/,ON_SALE,/,SOLD_OUT,/' "$WORK/export.csv"
start=$(date +%s.%N)
job=$(import_file "$WORK/export.csv" PARTIAL)
result=$(wait_job "$job")
end=$(date +%s.%N)
echo "re-import with every product changed: $(echo "$end - $start" | bc) s  $(echo "$result" | jq -c '{status,totalRows,productsUpdated}')"

start=$(date +%s.%N)
job=$(import_file "$WORK/export.xlsx" PARTIAL)
result=$(wait_job "$job")
end=$(date +%s.%N)
echo "import of the xlsx export (every product changed back): $(echo "$end - $start" | bc) s  $(echo "$result" | jq -c '{status,totalRows,productsUpdated}')"

grep "Import .* done in" "$WORK/app.log" || true
echo "peak RSS of the app: $(grep VmHWM /proc/$APP/status | awk '{print $2/1024 " MB"}') (heap limit $HEAP)"
