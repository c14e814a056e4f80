-- Fills a migrated, empty Tunemall database with a large catalog, entirely inside MariaDB (sequence engine):
-- 6 top categories with 10 sub-categories each, 200 brands, @products products, each with 2 colours x 2 sizes
-- (4 variants, 4 option rows), one image per colour and one tag.
-- Usage: (echo "SET @products = 500000;"; cat bench/catalog/generate.sql) | mariadb tunemall_bench
-- MariaDB only: seq_1_to_N tables come with its sequence storage engine.

SET @products = COALESCE(@products, 500000);
SET @now = NOW(6);
SET SESSION unique_checks = 0;
SET SESSION foreign_key_checks = 0;

INSERT INTO category (id, parent_id, name, slug, sort_order, visible, created_at, updated_at)
SELECT seq, NULL, ELT(seq, '아우터', '상의', '하의', '신발', '가방·잡화', '뷰티'),
       ELT(seq, 'outer', 'tops', 'bottoms', 'shoes', 'bags', 'beauty'), seq, TRUE, @now, @now
FROM seq_1_to_6;

INSERT INTO category (id, parent_id, name, slug, sort_order, visible, created_at, updated_at)
SELECT 6 + seq, 1 + (seq - 1) DIV 10, CONCAT(ELT(1 + (seq - 1) DIV 10, '아우터', '상의', '하의', '신발', '가방·잡화', '뷰티'),
       ' ', ELT(1 + (seq - 1) % 10, '베이직', '프리미엄', '시즌', '데일리', '오피스', '캐주얼', '스포츠', '아웃도어', '홈', '리미티드')),
       CONCAT('sub-', seq), (seq - 1) % 10, TRUE, @now, @now
FROM seq_1_to_60;

INSERT INTO brand (id, name, slug, created_at)
SELECT seq, CONCAT(ELT(1 + seq % 8, '모노', '어반', '포레스트', '노바', '하루', '라운지', '솔트', '미드나잇'), ' ',
       ELT(1 + (seq DIV 8) % 5, '스튜디오', '랩', '웍스', '하우스', '클럽'), ' ', seq), CONCAT('brand-', seq), @now
FROM seq_1_to_200;

INSERT INTO product (id, category_id, brand_id, name, slug, summary, price, list_price, sale_price, sale_starts_at,
                     sale_ends_at, popularity, status, created_at, updated_at, version)
SELECT seq,
       7 + seq % 60,
       1 + seq % 200,
       CONCAT(ELT(1 + seq % 4, '남성', '여성', '키즈', '유니섹스'), ' ',
              ELT(1 + (seq DIV 4) % 10, '스키니', '와이드', '슬림', '오버핏', '레귤러', '크롭', '롱', '베이직', '빈티지', '스트레이트'), ' ',
              ELT(1 + (seq DIV 40) % 12, '청바지', '운동화', '티셔츠', '셔츠', '니트', '코트', '재킷', '슬랙스', '스커트', '원피스', '백팩', '수분크림'),
              ' ', seq),
       CONCAT('p-', seq),
       '대용량 벤치마크용 상품입니다.',
       (10 + seq % 190) * 1000,
       (10 + seq % 190) * 1000 + (seq % 3) * 5000,
       IF(seq % 10 = 0, (10 + seq % 190) * 900, NULL),
       IF(seq % 10 = 0, @now - INTERVAL 1 DAY, NULL),
       IF(seq % 10 = 0, @now + INTERVAL 30 DAY, NULL),
       (seq * 7919) % 100000,
       CASE WHEN seq % 100 = 0 THEN 'HIDDEN' WHEN seq % 50 = 0 THEN 'SOLD_OUT' ELSE 'ON_SALE' END,
       @now - INTERVAL seq SECOND,
       @now,
       0
FROM seq_1_to_5000000
WHERE seq <= @products;

INSERT INTO product_option (product_id, axis, option_value, sort_order)
SELECT p.seq, IF(o.seq <= 2, '색상', '사이즈'),
       IF(o.seq <= 2, ELT(1 + (p.seq + o.seq) % 8, '블랙', '화이트', '네이비', '베이지', '그레이', '카키', '레드', '블루'),
                      ELT(1 + (p.seq % 3) + o.seq - 3, 'S', 'M', 'L', 'XL')),
       o.seq - 1
FROM seq_1_to_5000000 p JOIN seq_1_to_4 o
WHERE p.seq <= @products;

INSERT INTO product_variant (product_id, sku, option_values, price_delta, stock, sort_order, barcode)
SELECT p.seq, CONCAT('SKU-', p.seq, '-', v.seq),
       CONCAT(ELT(1 + (p.seq + 1 + (v.seq - 1) DIV 2) % 8, '블랙', '화이트', '네이비', '베이지', '그레이', '카키', '레드', '블루'),
              ' / ', ELT(1 + (p.seq % 3) + (v.seq - 1) % 2, 'S', 'M', 'L', 'XL')),
       IF(v.seq % 2 = 0, 2000, 0),
       IF((p.seq + v.seq) % 13 = 0, 0, 1 + (p.seq + v.seq) % 40),
       v.seq - 1,
       CONCAT('880', LPAD(p.seq * 4 + v.seq, 10, '0'))
FROM seq_1_to_5000000 p JOIN seq_1_to_4 v
WHERE p.seq <= @products;

INSERT INTO product_image (product_id, option_value, path, alt_text, sort_order)
SELECT p.seq, ELT(1 + (p.seq + c.seq) % 8, '블랙', '화이트', '네이비', '베이지', '그레이', '카키', '레드', '블루'),
       CONCAT('bench/colour-', 1 + (p.seq + c.seq) % 8, '.svg'), NULL, c.seq - 1
FROM seq_1_to_5000000 p JOIN seq_1_to_2 c
WHERE p.seq <= @products;

INSERT INTO product_tag (product_id, tag)
SELECT seq, ELT(1 + seq % 6, '신상', '베스트', '세일', '한정판', '데일리', '선물')
FROM seq_1_to_5000000
WHERE seq <= @products;

SET SESSION unique_checks = 1;
SET SESSION foreign_key_checks = 1;
ANALYZE TABLE category, brand, product, product_option, product_variant, product_image, product_tag;
