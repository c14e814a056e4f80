-- 200,000 products (40 brands, 2 options each, 1 in 20 hidden) for measuring search, on top of the demo shop.
-- MariaDB only (seq_1_to_N is its SEQUENCE engine). Run against a database the app has migrated: see docs/search.md.
INSERT INTO brand (name, slug, created_at)
SELECT CONCAT(ELT(1 + seq % 10, '무브', '아카이브', '노스', '블루', '하이', '어반', '코지', '데일리', '모노', '스튜디오'), ' ', seq), CONCAT('bench-brand-', seq), NOW(6)
FROM seq_1_to_40;
SET @brand0 = (SELECT MIN(id) FROM brand WHERE slug LIKE 'bench-brand-%');
SET @cat0 = (SELECT MIN(id) FROM category);
INSERT INTO product (category_id, brand_id, name, slug, summary, price, list_price, status, created_at, updated_at, popularity)
SELECT @cat0 + seq % 6, @brand0 + seq % 40,
  CONCAT(ELT(1 + seq % 8, '남성', '여성', '오버핏', '슬림핏', '데일리', '빈티지', '베이직', '프리미엄'), ' ',
         ELT(1 + (seq DIV 8) % 10, '코튼', '린넨', '울', '데님', '나일론', '가죽', '캐시미어', '스웨이드', '플리스', '저지'), ' ',
         ELT(1 + (seq DIV 80) % 16, '티셔츠', '청바지', '운동화', '셔츠', '재킷', '코트', '슬랙스', '스니커즈', '니트', '후드티', '스커트', '백팩', '토트백', '모자', '양말', '선크림'), ' ', seq),
  CONCAT('bench-', seq),
  CONCAT(ELT(1 + seq % 5, '가볍고 편한', '매일 입기 좋은', '시즌 한정', '신축성 좋은', '부드러운'), ' 상품입니다'),
  10000 + (seq * 7919) % 290000, 10000 + (seq * 7919) % 290000 + 10000,
  IF(seq % 20 = 0, 'HIDDEN', 'ON_SALE'), NOW(6) - INTERVAL seq SECOND, NOW(6), seq % 1000
FROM seq_1_to_200000;
INSERT INTO product_option (product_id, axis, option_value, sort_order)
SELECT id, '색상', ELT(1 + id % 5, '블랙', '화이트', '네이비', '베이지', '그레이'), 0 FROM product WHERE slug LIKE 'bench-%';
INSERT INTO product_option (product_id, axis, option_value, sort_order)
SELECT id, '사이즈', 'M', 1 FROM product WHERE slug LIKE 'bench-%';
