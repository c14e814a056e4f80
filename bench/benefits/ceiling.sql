-- The ceiling for re-grading: the same work as one set-based statement per table, inside MariaDB alone (no network
-- round trips, no application): every member's trailing 12-month amount, their grade by the rule, and a row for
-- each member not on the default grade plus a history row.
DROP TABLE IF EXISTS ceiling_grade;
DROP TABLE IF EXISTS ceiling_history;
CREATE TABLE ceiling_grade (member_id BIGINT PRIMARY KEY, grade_id BIGINT NOT NULL, paid BIGINT NOT NULL);
CREATE TABLE ceiling_history (id BIGINT AUTO_INCREMENT PRIMARY KEY, member_id BIGINT, grade_id BIGINT, paid BIGINT,
                              changed_at TIMESTAMP(6));
INSERT INTO ceiling_grade
SELECT x.member_id,
       (SELECT g.id FROM member_grade g WHERE g.default_slot IS NOT NULL OR g.min_paid_won <= x.paid
        ORDER BY g.grade_level DESC LIMIT 1), x.paid
FROM (SELECT member_id, SUM(paid_won - refunded_won) AS paid FROM member_purchase
      WHERE paid_at >= CURDATE() - INTERVAL 12 MONTH GROUP BY member_id) x;
DELETE FROM ceiling_grade WHERE grade_id = (SELECT id FROM member_grade WHERE default_slot IS NOT NULL);
INSERT INTO ceiling_history (member_id, grade_id, paid, changed_at) SELECT member_id, grade_id, paid, NOW(6) FROM ceiling_grade;
SELECT COUNT(*) AS members_not_on_default FROM ceiling_grade;
DROP TABLE ceiling_grade;
DROP TABLE ceiling_history;
