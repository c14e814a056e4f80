-- Members' purchases for the re-grading benchmark (MariaDB: uses the Sequence engine). Set @members first.
-- Three paid orders per member spread over the last 400 days, 10,000 to 400,000 won each, one member in fifty
-- spending ten times that; one order in twenty partly refunded. Three grades above the default.
DELETE FROM member_grade_history;
DELETE FROM member_grade_assignment;
DELETE FROM member_purchase;
DELETE FROM member_grade WHERE default_slot IS NULL;
INSERT INTO member_grade (code, name, grade_level, discount_bps, point_rate_bps, free_shipping, min_paid_won,
                          default_slot, created_at, updated_at)
VALUES ('SILVER', '실버', 10, 100, 150, FALSE, 300000, NULL, NOW(6), NOW(6)),
       ('GOLD', '골드', 20, 200, 200, FALSE, 1000000, NULL, NOW(6), NOW(6)),
       ('VIP', 'VIP', 30, 500, 300, TRUE, 3000000, NULL, NOW(6), NOW(6));
INSERT INTO member_purchase (member_id, order_number, paid_won, refunded_won, paid_at, recorded_at, updated_at)
SELECT p.member_id, p.order_number, p.paid, IF(p.order_number LIKE '%-1' AND p.member_id % 20 = 0, p.paid DIV 2, 0),
       p.paid_at, NOW(6), NOW(6)
FROM (SELECT m.seq AS member_id, CONCAT('BENCH-', m.seq, '-', o.seq) AS order_number,
             10000 * (1 + FLOOR(RAND(m.seq * 7 + o.seq) * 40)) * IF(m.seq % 50 = 0, 10, 1) AS paid,
             NOW(6) - INTERVAL FLOOR(RAND(m.seq * 13 + o.seq) * 400 * 24 * 60) MINUTE AS paid_at
      FROM seq_1_to_10000000 m JOIN seq_1_to_3 o
      WHERE m.seq <= @members) p;
ANALYZE TABLE member_purchase;
