#!/usr/bin/env bash
# Cold and warm timings of the storefront's category, product and API pages against a running Tunemall loaded with
# catalog-500k.sql (docs/storefront.md). Loopback only; each wrk run is bounded (2 threads, 8 connections, 10 s).
#   bench/storefront/measure-pages.sh http://127.0.0.1:8080 <pid of the Tunemall java process>
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
PID=${2:-}

get() { curl -s -o /dev/null -w '%{http_code} %{time_total}' "$BASE$1"; }

echo "# warming the JVM on categories and products the measurements below do not use"
for i in $(seq 1 20); do
  for sort in new price-asc popular; do get "/categories/leaf-$i?sort=$sort" > /dev/null; done
done
for i in $(seq 1 400); do get "/products/p-$((i * 7 + 4))" > /dev/null; get "/api/v1/storefront/products/p-$((i * 7 + 4))" > /dev/null; done
for i in 1 2; do get "/categories/top-$i" > /dev/null; done

echo "# cold cache: the first request for a page nobody asked for yet (seconds)"
for i in 41 42 43 44 45; do echo "leaf category (5,000 products)   /categories/leaf-$i  $(get /categories/leaf-$i)"; done
for i in 46 47 48; do echo "leaf, price order + colour filter /categories/leaf-$i  $(get "/categories/leaf-$i?sort=price-asc&option=%EC%83%89%EC%83%81:%EB%B8%94%EB%9E%99&inStock=true")"; done
for i in 6 7 8; do echo "top category (50,000 products)   /categories/top-$i  $(get /categories/top-$i)"; done
for i in 300004 300008 300014 300016 300018; do echo "product page                     /products/p-$i  $(get /products/p-$i)"; done
for i in 310004 310008 310014; do echo "product API                      /api/v1/storefront/products/p-$i  $(get /api/v1/storefront/products/p-$i)"; done

cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
echo "# warm cache: throughput and latency (wrk -t2 -c8 -d10s), and the app's CPU per request"
for path in /products/p-300004 /categories/leaf-41 /categories/top-6 /api/v1/storefront/products/p-300004 \
            "/api/v1/storefront/products?category=leaf-41"; do
  before=$([ -n "$PID" ] && cpu || echo 0)
  out=$(wrk -t2 -c8 -d10s --latency "$BASE$path")
  after=$([ -n "$PID" ] && cpu || echo 0)
  rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  per=$([ -n "$PID" ] && python3 -c "print(round(($after - $before) * 10 / ($rps * 10), 2))" || echo "?")
  echo "$path  req/s=$rps  p50=$p50  p99=$p99  cpu_ms_per_request=$per"
done
echo "# load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
