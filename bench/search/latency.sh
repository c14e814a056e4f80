#!/bin/bash
# Measures search latency against a running app (BASE, default http://127.0.0.1:8082) with the 200k catalog loaded.
# Run it on a freshly started app: repeated runs hit the search cache for the "uncached" sets.
# Sequential requests to the local app; prints p50 / p99 / max in ms for each set.
stats() { sort -n | awk '{a[NR]=$1} END {i=int(NR*0.99); if (i<1) i=1; printf "n=%d p50=%.1fms p99=%.1fms max=%.1fms\n", NR, a[int(NR*0.5)+1]*1000, a[i]*1000, a[NR]*1000}'; }
BASE=${BASE:-http://127.0.0.1:8082}
QS=("%EC%B2%AD%EB%B0%94%EC%A7%80" "%EC%9A%B4%EB%8F%99%ED%99%94%EB%A5%BC" "%EC%BD%94%ED%8A%BC%20%ED%8B%B0%EC%85%94%EC%B8%A0" "%EB%B8%94%EB%9E%99%20%EC%85%94%EC%B8%A0" "%EC%84%A0%ED%81%AC%EB%A6%BC" "%EB%8D%B0%EB%8B%98%20%EC%9E%AC%ED%82%B7" "%EB%8B%88%ED%8A%B8" "%EA%B0%80%EC%A3%BD%20%EB%B0%B1%ED%8C%A9")
echo -n "search page, uncached (distinct query+page): "
for p in $(seq 1 30); do for q in "${QS[@]}"; do curl -s -o /dev/null -w "%{time_total}\n" "$BASE/search?q=$q&page=$p"; done; done | stats
echo -n "search page, uncached, sort by price: "
for p in $(seq 1 25); do for q in "${QS[@]}"; do curl -s -o /dev/null -w "%{time_total}\n" "$BASE/search?q=$q&page=$p&sort=PRICE_ASC"; done; done | stats
echo -n "search page, cached (same query): "
for i in $(seq 1 200); do curl -s -o /dev/null -w "%{time_total}\n" "$BASE/search?q=${QS[0]}"; done | stats
echo -n "suggestions, uncached (distinct prefixes): "
for p in 청 청바 운 운동 코 코튼 티 티셔 데 데님 니 가 가죽 백 백팩 선 선크 울 린 린넨 스 스니 슬 슬랙 후 후드 모 모자 양 양말; do for s in "" " " "  "; do curl -s -o /dev/null -w "%{time_total}\n" -G "$BASE/api/v1/storefront/search/suggestions" --data-urlencode "q=$p$s"; done; done | stats
