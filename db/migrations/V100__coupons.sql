-- Coupons the owner defines, and the copies issued to members (member_coupon). A copy is used by at most one order;
-- the coupon's used_count is raised by a conditional UPDATE in the order transaction, so the total limit holds under
-- concurrent checkouts. Scopes are comma-separated ids (small lists the owner types in).
CREATE TABLE coupon
(
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(10)  NOT NULL,
    amount              BIGINT       NOT NULL,
    basis_points        INT          NOT NULL,
    cap_amount          BIGINT       NULL,
    minimum_amount      BIGINT       NOT NULL,
    product_ids         VARCHAR(1000) NOT NULL,
    category_ids        VARCHAR(1000) NOT NULL,
    brand_ids           VARCHAR(1000) NOT NULL,
    -- A fixed period (valid_from .. valid_until, exclusive), or valid_days from issue.
    valid_from          TIMESTAMP(6) NULL,
    valid_until         TIMESTAMP(6) NULL,
    valid_days          INT          NULL,
    per_member_limit    INT          NOT NULL,
    total_limit         INT          NULL,
    issue_method        VARCHAR(20)  NOT NULL,
    grade_code          VARCHAR(50)  NULL,
    combines_with_grade BOOLEAN      NOT NULL,
    active              BOOLEAN      NOT NULL,
    used_count          INT          NOT NULL,
    issued_count        INT          NOT NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX coupon_issue_method ON coupon (issue_method, active);

CREATE TABLE member_coupon
(
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    coupon_id         BIGINT       NOT NULL,
    member_id         BIGINT       NOT NULL,
    -- 1..per_member_limit: the unique key refuses a second copy issued by a double click or a racing job.
    copy_number       INT          NOT NULL,
    issued_at         TIMESTAMP(6) NOT NULL,
    issued_by         VARCHAR(100) NOT NULL,
    valid_from        TIMESTAMP(6) NULL,
    valid_until       TIMESTAMP(6) NULL,
    used_order_number VARCHAR(20)  NULL,
    used_at           TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT member_coupon_copy UNIQUE (coupon_id, member_id, copy_number),
    CONSTRAINT member_coupon_coupon FOREIGN KEY (coupon_id) REFERENCES coupon (id)
);

CREATE INDEX member_coupon_member ON member_coupon (member_id, used_order_number);
