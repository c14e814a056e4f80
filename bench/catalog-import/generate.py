#!/usr/bin/env python3
"""Writes a bulk-import CSV: PRODUCTS products x 4 colours x 2 sizes = 8 rows each (12,500 products = 100,000 rows).

Categories are the demo shop's (outer, tops, bottoms, shoes, bags, beauty), so a shop started with demo data takes it.
Usage: generate.py OUT.csv [PRODUCTS] [PREFIX]
"""
import sys

out = sys.argv[1]
products = int(sys.argv[2]) if len(sys.argv) > 2 else 12_500
prefix = sys.argv[3] if len(sys.argv) > 3 else "bench"
categories = ["outer", "tops", "bottoms", "shoes", "bags", "beauty"]
colours = ["블랙", "화이트", "네이비", "베이지"]
sizes = ["M", "L"]
kinds = ["코튼 티셔츠", "울 니트", "데님 팬츠", "러닝 운동화", "캔버스 백", "린넨 셔츠", "플리스 집업", "치노 팬츠"]

with open(out, "w", encoding="utf-8-sig", newline="") as f:
    f.write("product_key,name,category,brand,status,price,list_price,sale_price,sale_starts_at,sale_ends_at,"
            "summary,tags,images,option:색상,option:사이즈,sku,price_difference,stock,barcode,option_images\r\n")
    for p in range(products):
        key = f"{prefix}-{p:06d}"
        name = f"{kinds[p % len(kinds)]} {p}"
        price = 10_000 + (p % 90) * 1_000
        list_price = price + (p % 3) * 5_000
        category = categories[p % len(categories)]
        summary = f"벤치마크 상품 {p}: 가볍고 편한 데일리 아이템"
        for c, colour in enumerate(colours):
            for size in sizes:
                sku = f"{key.upper()}-{c}{size}"
                stock = (p + c * 7 + len(size)) % 30
                difference = 2_000 if size == "L" else 0
                f.write(f"{key},{name},{category},,ON_SALE,{price},{list_price},,,,\"{summary}\",벤치|신상,,"
                        f"{colour},{size},{sku},{difference},{stock},88{p:08d}{c}{len(size)},\r\n")
