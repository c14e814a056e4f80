#!/usr/bin/env bash
# Checkout throughput: orders per second placed by concurrent guest buyers through the running app (web checkout over
# HTTP, MariaDB, Redis sessions), checked for oversold units afterwards, next to the raw MariaDB ceiling for the same
# orders measured in the same run: one conditional stock UPDATE plus one INSERT per order, same concurrency.
#   bench/checkout/run.sh [buyers] [seconds]      (default 32 buyers, 60 s after a 20 s warm-up; needs MariaDB, Redis)
# 1. builds the app if needed, creates tunemall_bench_checkout and lets the app migrate it;
# 2. generates a small catalog inside MariaDB (bench/catalog/generate.sql, 1,000 products): 2,000 variants with
#    plenty of stock, and 5 "hot" variants with 20 units each that get one attempt in ten, so buyers race for the
#    last units during the run;
# 3. measures the ceiling with mysqlslap (the app idle), then the buyers (Buyers.java, the JDK's source launcher, no build);
# 4. checks every bench variant: stock never negative, and stock taken == units in orders that are not cancelled.
# Results go to bench/checkout/results/<date>.txt; copy the figures into docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUYERS=${1:-32}
SECONDS_MEASURED=${2:-60}
WARMUP=${BENCH_WARMUP:-20}
DB=tunemall_bench_checkout
CEIL=tunemall_bench_checkout_ceiling
PORT=${BENCH_PORT:-8097}
DATA=/tmp/tunemall-bench-checkout
REDIS_DB=${BENCH_REDIS_DB:-7}
OUT=bench/checkout/results/$(date +%Y%m%d-%H%M).txt
WORK=$(mktemp -d)
mkdir -p bench/checkout/results
log() { echo "$*" | tee -a "$OUT"; }

[ -f app/target/tunemall.jar ] || ./mvnw -B -q -DskipTests package
redis-cli -n "$REDIS_DB" flushdb >/dev/null
mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
rm -rf "$DATA"

start_app() {
  SPRING_PROFILES_ACTIVE=mysql TUNEMALL_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" TUNEMALL_DB_USERNAME=root \
    TUNEMALL_DB_PASSWORD= TUNEMALL_REDIS_URL="redis://127.0.0.1:6379/$REDIS_DB" TUNEMALL_DATA_DIR="$DATA" \
    TUNEMALL_ADMIN_INITIAL_PASSWORD=bench-owner-password SERVER_PORT=$PORT \
    java -Xmx1g -jar app/target/tunemall.jar > /tmp/tunemall-bench-checkout.log 2>&1 &
  echo $! > "$WORK/app.pid"
  # Up to 15 minutes: on two cores shared with builds the first start (all migrations) has taken over 6.
  local deadline=$(( $(date +%s) + ${BENCH_START_SECONDS:-900} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && return 0
    kill -0 "$(cat "$WORK/app.pid")" 2>/dev/null || break
    sleep 2
  done
  echo "the app did not start; see /tmp/tunemall-bench-checkout.log"; exit 1
}
stop_app() { kill "$(cat "$WORK/app.pid")" 2>/dev/null || true; wait "$(cat "$WORK/app.pid")" 2>/dev/null || true; }
trap stop_app EXIT

log "== Tunemall checkout benchmark, $(date -Is), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $BUYERS buyers"
# The app migrates the empty database; the catalog is written before any page is asked for, so no cache holds
# anything stale.
start_app
(echo "SET @products = 1000;"; cat bench/catalog/generate.sql) | mariadb -uroot $DB > /dev/null
mariadb -uroot $DB <<'SQL'
UPDATE product SET status = 'ON_SALE', sale_price = NULL, sale_starts_at = NULL, sale_ends_at = NULL WHERE id <= 505;
UPDATE product_variant SET stock = 100000 WHERE product_id <= 500;
UPDATE product_variant SET stock = 20 WHERE product_id BETWEEN 501 AND 505 AND sort_order = 0;
SQL
mariadb -uroot -N $DB -e "SELECT v.id, p.slug FROM product_variant v JOIN product p ON p.id = v.product_id
  WHERE p.id <= 500 AND v.sort_order < 2" > "$WORK/wide.txt"
mariadb -uroot -N $DB -e "SELECT v.id, p.slug FROM product_variant v JOIN product p ON p.id = v.product_id
  WHERE p.id BETWEEN 501 AND 505 AND v.sort_order = 0" > "$WORK/hot.txt"
mariadb -uroot $DB -e "CREATE TABLE bench_stock_before AS SELECT v.id, v.stock,
  (v.product_id > 500 AND v.sort_order = 0) AS hot FROM product_variant v WHERE v.product_id <= 505"
log "catalog: $(wc -l < "$WORK/wide.txt") variants with plenty of stock, $(wc -l < "$WORK/hot.txt") hot variants with 20 units each"

# The ceiling, as in shared/ceilings.md: one conditional stock UPDATE plus one order INSERT per transaction, durable
# commits, the same concurrency, on the same MariaDB.
mariadb -uroot -e "DROP DATABASE IF EXISTS $CEIL; CREATE DATABASE $CEIL; USE $CEIL;
  CREATE TABLE stock(sku INT PRIMARY KEY, qty INT NOT NULL);
  CREATE TABLE orders(id BIGINT AUTO_INCREMENT PRIMARY KEY, sku INT NOT NULL);
  INSERT INTO stock SELECT seq, 100000000 FROM seq_1_to_1000;"
QUERIES=$((BUYERS * 1500 * 5))
t0=$(date +%s.%N)
mysqlslap -uroot --create-schema=$CEIL --concurrency="$BUYERS" --iterations=1 --number-of-queries=$QUERIES \
  --delimiter=";" --query="SET @s=1+FLOOR(RAND()*1000);START TRANSACTION;UPDATE stock SET qty=qty-1 WHERE sku=@s AND qty>=1;INSERT INTO orders(sku) VALUES (@s);COMMIT" > /dev/null
t1=$(date +%s.%N)
CEILING=$(python3 -c "print(round($QUERIES / 5 / ($t1 - $t0)))")
log "ceiling: $((QUERIES / 5)) transactions (UPDATE stock ... AND qty>=1; INSERT order) by $BUYERS connections in $(python3 -c "print(round($t1 - $t0, 1))") s = $CEILING orders/s"
mariadb -uroot -e "DROP DATABASE IF EXISTS $CEIL"

log "buyers: $BUYERS guests, each order = add to cart, checkout page, place order; $WARMUP s warm-up, then $SECONDS_MEASURED s measured"
RESULT=$(java bench/checkout/Buyers.java "http://127.0.0.1:$PORT" "$WORK/wide.txt" "$WORK/hot.txt" "$BUYERS" "$WARMUP" "$SECONDS_MEASURED")
log "tunemall: $RESULT"
log "load while measuring: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; $(nproc) cores)"
stop_app

# Zero oversold: for every bench variant, the units in orders that still hold stock equal the stock taken, and no
# stock went below zero (hot variants: at most their 20 units sold).
mariadb -uroot -t $DB <<'SQL' | tee -a "$OUT"
SELECT COUNT(*) AS orders,
       SUM(o.state <> 'CANCELLED') AS holding_stock
FROM shop_order o;
SELECT COUNT(*) AS variants_checked,
       SUM(b.stock - v.stock) AS units_taken,
       SUM(COALESCE(sold.units, 0)) AS units_in_orders,
       SUM(GREATEST(COALESCE(sold.units, 0) - b.stock, 0)) AS oversold_units,
       SUM(v.stock < 0) AS negative_stock,
       SUM(b.stock - v.stock <> COALESCE(sold.units, 0)) AS mismatched_variants,
       SUM(IF(b.hot, COALESCE(sold.units, 0), 0)) AS hot_units_sold
FROM bench_stock_before b
JOIN product_variant v ON v.id = b.id
LEFT JOIN (SELECT l.variant_id, SUM(l.quantity) AS units FROM shop_order_line l JOIN shop_order o ON o.id = l.order_id
           WHERE o.state <> 'CANCELLED' GROUP BY l.variant_id) sold ON sold.variant_id = b.id;
SQL
log "results in $OUT"
