-- A catalog of 500,000 products with 2,000,000 variants for checking the storefront's listing, facet and product
-- queries at scale (docs/storefront.md). MariaDB only (it uses the SEQUENCE engine's seq_1_to_N tables).
-- Load into an empty, migrated Tunemall database:
--   mariadb -uroot -h127.0.0.1 tunemall_bench < bench/storefront/catalog-500k.sql
-- Shape: 10 top-level categories of 10 sub-categories each (5,000 products per sub-category, 50,000 per top level),
-- 200 brands, prices from 5,000 to 299,900 won, one product in ten with a timed sale (running, future or past),
-- 2 colours x 2 sizes per product, an image per colour, a tag on one product in five; 2 % drafts, 2 % hidden,
-- 5 % sold out, one variant in seven without stock. Everything derives from the product number, so every load is the same.
SET SESSION foreign_key_checks = 0;
SET SESSION unique_checks = 0;
SET @now = UTC_TIMESTAMP(6);

INSERT INTO category (id, parent_id, name, slug, sort_order, visible, created_at, updated_at)
SELECT seq, NULL, CONCAT('대분류 ', seq), CONCAT('top-', seq), seq, TRUE, @now, @now FROM seq_1_to_10;
INSERT INTO category (id, parent_id, name, slug, sort_order, visible, created_at, updated_at)
SELECT 100 + seq, 1 + (seq - 1) DIV 10, CONCAT('소분류 ', seq), CONCAT('leaf-', seq), seq, TRUE, @now, @now
FROM seq_1_to_100;
INSERT INTO brand (id, name, slug, created_at)
SELECT seq, CONCAT('브랜드 ', seq), CONCAT('brand-', seq), @now FROM seq_1_to_200;

INSERT INTO product (id, category_id, brand_id, name, slug, summary, description, price, list_price, sale_price,
                     sale_starts_at, sale_ends_at, popularity, status, created_at, updated_at, version)
SELECT seq,
       101 + seq % 100,
       CASE WHEN seq % 10 = 0 THEN NULL ELSE 1 + (seq * 7) % 200 END,
       CONCAT('테스트 상품 ', seq), CONCAT('p-', seq), '벤치마크용 상품', '<p>벤치마크용 상품 설명</p>',
       5000 + (CRC32(seq) % 2950) * 100,
       5000 + (CRC32(seq) % 2950) * 100 + (CRC32(seq * 3) % 5) * 5000,
       CASE WHEN seq % 10 = 0 THEN (5000 + (CRC32(seq) % 2950) * 100) * 7 DIV 10 END,
       CASE seq % 30 WHEN 0 THEN @now - INTERVAL 1 DAY WHEN 10 THEN @now + INTERVAL 1 DAY
                     WHEN 20 THEN @now - INTERVAL 10 DAY END,
       CASE seq % 30 WHEN 0 THEN @now + INTERVAL 7 DAY WHEN 10 THEN @now + INTERVAL 8 DAY
                     WHEN 20 THEN @now - INTERVAL 3 DAY END,
       CRC32(seq * 11) % 100000,
       CASE WHEN seq % 50 = 1 THEN 'HIDDEN' WHEN seq % 50 = 2 THEN 'DRAFT' WHEN seq % 20 = 3 THEN 'SOLD_OUT'
            ELSE 'ON_SALE' END,
       @now - INTERVAL (500000 - seq) * 120 SECOND,
       @now - INTERVAL (500000 - seq) * 60 SECOND,
       0
FROM seq_1_to_500000;

-- Colour k of a product is colour number (product + 3k) mod 11; size k is (product + k) mod 4.
INSERT INTO product_option (product_id, axis, option_value, sort_order)
SELECT p.seq,
       CASE WHEN k.seq < 2 THEN '색상' ELSE '사이즈' END,
       CASE WHEN k.seq < 2
            THEN ELT(1 + (p.seq + 3 * k.seq) % 11, '블랙', '화이트', '네이비', '베이지', '그레이', '카키', '레드',
                     '핑크', '브라운', '블루', '아이보리')
            ELSE ELT(1 + (p.seq + k.seq - 2) % 4, 'S', 'M', 'L', 'XL') END,
       k.seq
FROM seq_1_to_500000 p JOIN seq_0_to_3 k;

INSERT INTO product_variant (product_id, sku, option_values, price_delta, stock, sort_order, barcode)
SELECT p.seq, CONCAT('P', p.seq, '-', k.seq),
       CONCAT(ELT(1 + (p.seq + 3 * (k.seq DIV 2)) % 11, '블랙', '화이트', '네이비', '베이지', '그레이', '카키', '레드',
                  '핑크', '브라운', '블루', '아이보리'), ' / ', ELT(1 + (p.seq + k.seq % 2) % 4, 'S', 'M', 'L', 'XL')),
       CASE WHEN k.seq % 2 = 1 AND p.seq % 4 = 0 THEN 2000 ELSE 0 END,
       CASE WHEN CRC32(p.seq * 4 + k.seq) % 7 = 0 THEN 0 ELSE 1 + CRC32(p.seq * 4 + k.seq) % 40 END,
       k.seq, NULL
FROM seq_1_to_500000 p JOIN seq_0_to_3 k;

INSERT INTO product_image (product_id, option_value, path, alt_text, sort_order)
SELECT p.seq, ELT(1 + (p.seq + 3 * k.seq) % 11, '블랙', '화이트', '네이비', '베이지', '그레이', '카키', '레드',
                  '핑크', '브라운', '블루', '아이보리'),
       CONCAT('bench/', p.seq, '-', k.seq, '.jpg'), CONCAT('테스트 상품 ', p.seq), k.seq
FROM seq_1_to_500000 p JOIN seq_0_to_1 k;

INSERT INTO product_tag (product_id, tag)
SELECT seq, ELT(1 + seq % 3, '신상', '베스트', '한정') FROM seq_1_to_500000 WHERE seq % 5 = 0;

ANALYZE TABLE category, brand, product, product_option, product_variant, product_image, product_tag;
