#!/usr/bin/env bash
# Re-grading at scale: how long the nightly re-grading takes for many members, next to the same work done by MariaDB
# alone in set-based statements (the ceiling).
#   bench/benefits/run.sh [members]        (default 100000; needs MariaDB and Redis)
# 1. builds the app if needed, creates tunemall_bench_benefits and lets the app migrate it;
# 2. generates three paid orders per member inside MariaDB (generate.sql);
# 3. times ceiling.sql, then the re-grading through the admin console ("re-grade now"): first run (most members change
#    grade), second run (nothing changes), and a run after a threshold change (about half the members move).
# Results go to bench/benefits/results/<date>.txt; copy the figures into docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
MEMBERS=${1:-100000}
DB=tunemall_bench_benefits
PORT=${BENCH_PORT:-8096}
DATA=/tmp/tunemall-bench-benefits
REDIS_DB=${BENCH_REDIS_DB:-3}
OUT=bench/benefits/results/$(date +%Y%m%d-%H%M).txt
mkdir -p bench/benefits/results
log() { echo "$*" | tee -a "$OUT"; }

[ -f app/target/tunemall.jar ] || ./mvnw -B -q -DskipTests package
redis-cli -n "$REDIS_DB" flushdb >/dev/null
mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
rm -rf "$DATA"

SPRING_PROFILES_ACTIVE=mysql TUNEMALL_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" TUNEMALL_DB_USERNAME=root \
  TUNEMALL_DB_PASSWORD= TUNEMALL_REDIS_URL="redis://127.0.0.1:6379/$REDIS_DB" TUNEMALL_DATA_DIR="$DATA" \
  TUNEMALL_ADMIN_INITIAL_PASSWORD=bench-owner-password SERVER_PORT=$PORT \
  java -Xmx1g -jar app/target/tunemall.jar > /tmp/tunemall-bench-benefits.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  sleep 1
done

log "== Tunemall re-grading benchmark, $(date -Is), $(nproc) cores, $MEMBERS members"
start=$(date +%s)
(echo "SET @members = $MEMBERS;"; cat bench/benefits/generate.sql) | mariadb -uroot $DB > /dev/null
log "generated $((MEMBERS * 3)) purchases in $(( $(date +%s) - start )) s"

seconds() { python3 -c "import time; print(time.time())"; }
t0=$(seconds); mariadb -uroot $DB < bench/benefits/ceiling.sql | tee -a "$OUT"; t1=$(seconds)
log "ceiling (set-based SQL inside MariaDB): $(python3 -c "print(round($t1 - $t0, 2))") s"

JAR=$(mktemp)
token() { curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=admin&password=bench-owner-password&_csrf=$(token /admin/login)" \
  "http://127.0.0.1:$PORT/admin/login"
regrade() {  # label
  local csrf; csrf=$(token /admin/grades)
  local took; took=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{time_total}' -d "_csrf=$csrf" \
    "http://127.0.0.1:$PORT/admin/grades/regrade")
  local said; said=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT/admin/grades" \
    | grep -o '회원 [0-9,]*명을 확인해 [0-9,]*명의 등급을 바꿨습니다. ([0-9]* ms)' || true)
  log "re-grading, $1: ${took} s over HTTP; the app says: $said"
}
regrade "first run"
regrade "second run, nothing changes"
mariadb -uroot $DB -e "UPDATE member_grade SET min_paid_won = 600000 WHERE code = 'SILVER'"
regrade "after raising SILVER to 600,000 won"
log "history rows: $(mariadb -uroot -N $DB -e 'SELECT COUNT(*) FROM member_grade_history')"
