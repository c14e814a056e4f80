-- Shipping-fee policy: one row of fees and the postal code ranges that cost more (제주, 도서산간), editable by the
-- owner at /admin/shipping/settings.
CREATE TABLE shipping_policy
(
    id         INT          NOT NULL,
    base_fee   BIGINT       NOT NULL,
    -- Goods worth at least this much ship without the base fee; NULL: shipping is never free.
    free_over  BIGINT       NULL,
    updated_at TIMESTAMP(6) NULL,
    updated_by VARCHAR(100) NULL,
    PRIMARY KEY (id)
);

CREATE TABLE shipping_remote_area
(
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    name        VARCHAR(50) NOT NULL,
    -- 5-digit postal codes (국가기초구역번호, since 2015), both ends included; compared as fixed-width text.
    postal_from VARCHAR(5)  NOT NULL,
    postal_to   VARCHAR(5)  NOT NULL,
    surcharge   BIGINT      NOT NULL,
    sort_order  INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);

-- The defaults most Korean shops start from: 3,000원, free from 50,000원, 제주 +3,000원, other islands +5,000원.
INSERT INTO shipping_policy (id, base_fee, free_over) VALUES (1, 3000, 50000);

-- 제주특별자치도: the whole province. The island ranges are the carriers' published 도서산간 list (CJ대한통운 and
-- the others use the same postal codes): island districts of Incheon, Chungnam, Ulleung, Busan, Gyeongnam, Jeonbuk
-- and Jeonnam.
INSERT INTO shipping_remote_area (name, postal_from, postal_to, surcharge, sort_order) VALUES
    ('제주', '63000', '63644', 3000, 0),
    ('도서산간 (인천 중구)', '22386', '22388', 5000, 1),
    ('도서산간 (인천 강화)', '23004', '23010', 5000, 2),
    ('도서산간 (인천 옹진)', '23100', '23116', 5000, 3),
    ('도서산간 (인천 옹진)', '23124', '23136', 5000, 4),
    ('도서산간 (충남 당진)', '31708', '31708', 5000, 5),
    ('도서산간 (충남 태안)', '32133', '32133', 5000, 6),
    ('도서산간 (충남 보령)', '33411', '33411', 5000, 7),
    ('도서산간 (경북 울릉)', '40200', '40240', 5000, 8),
    ('도서산간 (부산 강서)', '46768', '46771', 5000, 9),
    ('도서산간 (경남 사천)', '52570', '52571', 5000, 10),
    ('도서산간 (경남 통영)', '53031', '53033', 5000, 11),
    ('도서산간 (경남 통영)', '53089', '53104', 5000, 12),
    ('도서산간 (경남 통영)', '54000', '54000', 5000, 13),
    ('도서산간 (전북 부안)', '56347', '56349', 5000, 14),
    ('도서산간 (전남 영광)', '57068', '57069', 5000, 15),
    ('도서산간 (전남 목포)', '58760', '58762', 5000, 16),
    ('도서산간 (전남 신안)', '58800', '58810', 5000, 17),
    ('도서산간 (전남 신안)', '58816', '58818', 5000, 18),
    ('도서산간 (전남 신안)', '58826', '58826', 5000, 19),
    ('도서산간 (전남 신안)', '58828', '58866', 5000, 20),
    ('도서산간 (전남 진도)', '58953', '58958', 5000, 21),
    ('도서산간 (전남 완도)', '59102', '59103', 5000, 22),
    ('도서산간 (전남 완도)', '59106', '59106', 5000, 23),
    ('도서산간 (전남 완도)', '59127', '59127', 5000, 24),
    ('도서산간 (전남 완도)', '59129', '59129', 5000, 25),
    ('도서산간 (전남 완도)', '59137', '59166', 5000, 26),
    ('도서산간 (전남 보성)', '59421', '59421', 5000, 27),
    ('도서산간 (전남 고흥)', '59531', '59531', 5000, 28),
    ('도서산간 (전남 고흥)', '59551', '59551', 5000, 29),
    ('도서산간 (전남 고흥)', '59563', '59563', 5000, 30),
    ('도서산간 (전남 고흥)', '59568', '59568', 5000, 31),
    ('도서산간 (전남 여수)', '59650', '59650', 5000, 32),
    ('도서산간 (전남 여수)', '59766', '59766', 5000, 33),
    ('도서산간 (전남 여수)', '59781', '59790', 5000, 34);
