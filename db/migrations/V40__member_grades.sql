-- Member grades (회원등급): the tiers the owner configures, each member's current grade, the history of every change,
-- and the purchase ledger the nightly re-grading reads. Members are referenced by a plain member_id; the foreign
-- key to the member accounts is added once both live in one schema.

CREATE TABLE member_grade
(
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    -- Stable identifier other modules and tuning code see; never changes after creation.
    code           VARCHAR(30)  NOT NULL,
    name           VARCHAR(60)  NOT NULL,
    -- Higher is better; re-grading gives a member the highest grade whose entry amount they reach.
    grade_level    INT          NOT NULL,
    discount_bps   INT          NOT NULL,
    point_rate_bps INT          NOT NULL,
    free_shipping  BOOLEAN      NOT NULL,
    -- Minimum paid amount over the trailing 12 months; NULL means the grade is only ever given by hand.
    min_paid_won   BIGINT       NULL,
    -- 'default' on the one default grade, NULL on the others: the unique key allows exactly one default.
    default_slot   VARCHAR(10)  NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_member_grade_code UNIQUE (code),
    CONSTRAINT uk_member_grade_level UNIQUE (grade_level),
    CONSTRAINT uk_member_grade_default UNIQUE (default_slot),
    CONSTRAINT ck_member_grade_rates CHECK (discount_bps BETWEEN 0 AND 10000 AND point_rate_bps BETWEEN 0 AND 10000)
);

INSERT INTO member_grade (code, name, grade_level, discount_bps, point_rate_bps, free_shipping, min_paid_won,
                          default_slot, created_at, updated_at)
VALUES ('BASIC', '일반', 0, 0, 100, FALSE, 0, 'default', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6));

-- A member without a row here has the grade an amount of 0 won earns (the default grade).
CREATE TABLE member_grade_assignment
(
    member_id  BIGINT       NOT NULL,
    grade_id   BIGINT       NOT NULL,
    -- Set by staff: the nightly re-grading leaves the member alone until the override is cleared.
    manual     BOOLEAN      NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (member_id),
    CONSTRAINT fk_member_grade_assignment_grade FOREIGN KEY (grade_id) REFERENCES member_grade (id)
);

-- Grades are recorded by code, so the history survives a grade being deleted later.
CREATE TABLE member_grade_history
(
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    member_id  BIGINT       NOT NULL,
    from_code  VARCHAR(30)  NOT NULL,
    to_code    VARCHAR(30)  NOT NULL,
    reason     VARCHAR(10)  NOT NULL,
    staff      VARCHAR(100) NULL,
    note       VARCHAR(300) NULL,
    -- The trailing paid amount an automatic change was based on.
    paid_won   BIGINT       NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_member_grade_history_member ON member_grade_history (member_id, changed_at);

-- One row per paid order, filled by the order module through PurchaseLedger; refunds lower what counts.
CREATE TABLE member_purchase
(
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    member_id    BIGINT       NOT NULL,
    order_number VARCHAR(64)  NOT NULL,
    paid_won     BIGINT       NOT NULL,
    refunded_won BIGINT       NOT NULL,
    paid_at      TIMESTAMP(6) NOT NULL,
    recorded_at  TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_member_purchase_order UNIQUE (order_number),
    CONSTRAINT ck_member_purchase_amounts CHECK (paid_won >= 0 AND refunded_won >= 0 AND refunded_won <= paid_won)
);
-- Covers the re-grading's per-member sums over a date window without touching the table rows.
CREATE INDEX idx_member_purchase_member_paid ON member_purchase (member_id, paid_at, paid_won, refunded_won);
