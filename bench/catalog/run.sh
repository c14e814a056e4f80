#!/usr/bin/env bash
# The storefront benchmark at catalog scale, on this machine, loopback only, bounded in time.
#   bench/catalog/run.sh [products]        (default 500000; needs MariaDB, Redis, nginx and wrk: apt-get install nginx wrk)
# 1. builds the app, creates the database tunemall_bench and lets the app migrate it;
# 2. generates the catalog inside MariaDB (generate.sql) and rebuilds the search index through admin;
# 3. measures nginx serving a static file the size of a product page (the ceiling), then home, category listing,
#    product detail and search: warm (one URL, served from the cache) and cold (random URLs over the whole catalog).
# Results go to bench/catalog/results/<date>.txt; copy the figures into docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
PRODUCTS=${1:-500000}
DB=tunemall_bench
PORT=${BENCH_PORT:-8095}
DATA=/tmp/tunemall-bench-data
REDIS_DB=9
OUT=bench/catalog/results/$(date +%Y%m%d-%H%M).txt
DURATION=${BENCH_SECONDS:-15}
mkdir -p bench/catalog/results
log() { echo "$*" | tee -a "$OUT"; }

[ -f app/target/tunemall.jar ] || ./mvnw -B -q -DskipTests package
mariadb -uroot -e "SET GLOBAL innodb_buffer_pool_size = 2147483648" || true
redis-cli -n $REDIS_DB flushdb >/dev/null

start_app() {
  SPRING_PROFILES_ACTIVE=mysql TUNEMALL_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" TUNEMALL_DB_USERNAME=root \
    TUNEMALL_DB_PASSWORD= TUNEMALL_REDIS_URL="redis://127.0.0.1:6379/$REDIS_DB" TUNEMALL_DATA_DIR="$DATA" \
    TUNEMALL_ADMIN_INITIAL_PASSWORD=bench-owner-password SERVER_PORT=$PORT \
    java -Xmx2g -jar app/target/tunemall.jar > /tmp/tunemall-bench.log 2>&1 &
  echo $! > /tmp/tunemall-bench.pid
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && return 0
    sleep 1
  done
  echo "the app did not start; see /tmp/tunemall-bench.log"; exit 1
}
stop_app() { kill "$(cat /tmp/tunemall-bench.pid)"; wait "$(cat /tmp/tunemall-bench.pid)" 2>/dev/null || true; }

log "== Tunemall storefront benchmark, $(date -Is), $(nproc) cores, $PRODUCTS products"
# BENCH_REUSE=1 measures again on the catalog and search index of the previous run.
if [ "${BENCH_REUSE:-0}" != 1 ]; then
  mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  rm -rf "$DATA"
  start_app && stop_app
  start=$(date +%s)
  (echo "SET @products = $PRODUCTS;"; cat bench/catalog/generate.sql) | mariadb -uroot $DB > /dev/null
  log "generated $PRODUCTS products in $(( $(date +%s) - start )) s"
fi
mkdir -p "$DATA/media/bench"
for i in 1 2 3 4 5 6 7 8; do
  printf '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="750"><rect width="600" height="750" fill="#%02x%02x%02x"/></svg>' \
    $((i * 30)) $((200 - i * 20)) $((100 + i * 15)) > "$DATA/media/bench/colour-$i.svg"
done
start_app

# The search index: rebuilt through the admin console, as an owner would after an import.
JAR=$(mktemp); TOKEN=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT/admin/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=admin&password=bench-owner-password&_csrf=$TOKEN" "http://127.0.0.1:$PORT/admin/login"
start=$(date +%s)
bench/catalog/rebuild-search-index.sh "$PORT" "$JAR"
log "search index rebuilt in $(( $(date +%s) - start )) s"

DETAIL=$(curl -s "http://127.0.0.1:$PORT/products/p-12345" | wc -c)
log "product page: $DETAIL bytes"

# The ceiling: one nginx worker serving a static file of the product page's size.
mkdir -p /tmp/ceil/www && head -c "$DETAIL" /dev/urandom | base64 | head -c "$DETAIL" > /tmp/ceil/www/page.html
cat > /tmp/ceil/nginx.conf <<'CONF'
worker_processes 1;
pid /tmp/ceil/nginx.pid;
error_log /tmp/ceil/error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:8089; root /tmp/ceil/www; } }
CONF
nginx -c /tmp/ceil/nginx.conf
log "-- nginx static file ($DETAIL bytes)"
wrk -t2 -c64 -d${DURATION}s --latency http://127.0.0.1:8089/page.html | tee -a "$OUT"
kill "$(cat /tmp/ceil/nginx.pid)"

run() {  # name, wrk arguments
  local name=$1; shift
  log "-- $name"
  wrk -t2 -c32 -d${DURATION}s --latency "$@" | tee -a "$OUT"
}
BASE=http://127.0.0.1:$PORT
# The JIT compiles the hot paths during the first tens of thousands of requests: warm the app up first.
for url in / /categories/sub-5 /products/p-12345 "/search?q=%EC%B2%AD%EB%B0%94%EC%A7%80"; do
  wrk -t2 -c16 -d15s "$BASE$url" > /dev/null
done
run "warm home" "$BASE/"
run "warm category listing" "$BASE/categories/sub-5"
run "warm product detail" "$BASE/products/p-12345"
run "warm search 청바지" "$BASE/search?q=%EC%B2%AD%EB%B0%94%EC%A7%80"
redis-cli -n $REDIS_DB flushdb >/dev/null
PRODUCTS=$PRODUCTS run "cold product detail (random of $PRODUCTS)" -s bench/catalog/product-detail.lua "$BASE"
run "cold category listing (random category, page, sort)" -s bench/catalog/category-listing.lua "$BASE"
run "cold search (random words)" -s bench/catalog/search.lua "$BASE"
stop_app
log "results in $OUT"
