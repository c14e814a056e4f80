-- Orders: the charged breakdown, lines as snapshots of what was bought, and the history of every state change.
-- Personal data (names, phones, e-mail, address, delivery message) is stored encrypted (AES-GCM, key id prefix).

-- One row per day (Asia/Seoul): order numbers are yyyyMMdd-nnnnnn, handed out by a conditional update of this row.
CREATE TABLE order_number_sequence
(
    order_day   VARCHAR(8) NOT NULL,
    last_number INT        NOT NULL,
    PRIMARY KEY (order_day)
);

CREATE TABLE shop_order
(
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    order_number        VARCHAR(20)   NOT NULL,
    state               VARCHAR(30)   NOT NULL,
    member_id           BIGINT        NULL,
    -- Guests find their order again by number, phone and this password (Argon2 hash).
    guest_password_hash VARCHAR(255)  NULL,
    -- The checkout form's one-time token: a double submission finds the order the first one placed.
    checkout_token      VARCHAR(64)   NULL,
    order_name          VARCHAR(250)  NOT NULL,
    orderer_name        VARCHAR(400)  NOT NULL,
    orderer_phone       VARCHAR(200)  NOT NULL,
    orderer_email       VARCHAR(700)  NULL,
    recipient_name      VARCHAR(400)  NOT NULL,
    recipient_phone     VARCHAR(200)  NOT NULL,
    postal_code         VARCHAR(200)  NOT NULL,
    road_address        VARCHAR(1000) NOT NULL,
    detail_address      VARCHAR(700)  NOT NULL,
    delivery_message    VARCHAR(700)  NULL,
    -- The breakdown charged (won): goods = items - grade - coupon - rule discounts + rule charges;
    -- charged = goods + shipping + surcharge - points.
    list_amount         BIGINT        NOT NULL,
    items_amount        BIGINT        NOT NULL,
    grade_discount      BIGINT        NOT NULL,
    grade_name          VARCHAR(100)  NULL,
    coupon_discount     BIGINT        NOT NULL,
    coupon_id           VARCHAR(64)   NULL,
    coupon_name         VARCHAR(200)  NULL,
    rule_discount       BIGINT        NOT NULL,
    rule_charge         BIGINT        NOT NULL,
    goods_amount        BIGINT        NOT NULL,
    shipping_fee        BIGINT        NOT NULL,
    remote_surcharge    BIGINT        NOT NULL,
    remote_area         VARCHAR(50)   NULL,
    points_used         BIGINT        NOT NULL,
    charged_amount      BIGINT        NOT NULL,
    refunded_amount     BIGINT        NOT NULL DEFAULT 0,
    points_returned     BIGINT        NOT NULL DEFAULT 0,
    payment_id          VARCHAR(100)  NULL,
    placed_at           TIMESTAMP(6)  NOT NULL,
    expires_at          TIMESTAMP(6)  NULL,
    paid_at             TIMESTAMP(6)  NULL,
    shipped_at          TIMESTAMP(6)  NULL,
    delivered_at        TIMESTAMP(6)  NULL,
    confirmed_at        TIMESTAMP(6)  NULL,
    cancelled_at        TIMESTAMP(6)  NULL,
    updated_at          TIMESTAMP(6)  NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_shop_order_number UNIQUE (order_number),
    CONSTRAINT uk_shop_order_checkout_token UNIQUE (checkout_token)
);
-- The expiry and confirmation jobs look orders up by state and moment; the admin list by state and date.
CREATE INDEX idx_shop_order_state_expires ON shop_order (state, expires_at);
CREATE INDEX idx_shop_order_state_delivered ON shop_order (state, delivered_at);
CREATE INDEX idx_shop_order_placed ON shop_order (placed_at, id);
CREATE INDEX idx_shop_order_state_placed ON shop_order (state, placed_at, id);
CREATE INDEX idx_shop_order_member ON shop_order (member_id, placed_at);

CREATE TABLE shop_order_line
(
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    order_id        BIGINT       NOT NULL,
    line_no         INT          NOT NULL,
    product_id      BIGINT       NOT NULL,
    variant_id      BIGINT       NOT NULL,
    sku             VARCHAR(64)  NOT NULL,
    product_name    VARCHAR(200) NOT NULL,
    option_text     VARCHAR(300) NOT NULL,
    quantity        INT          NOT NULL,
    list_unit_price BIGINT       NOT NULL,
    -- The regular or timed-sale price per unit, and the option's difference; unit_price is their sum.
    base_unit_price BIGINT       NOT NULL,
    option_price    BIGINT       NOT NULL,
    unit_price      BIGINT       NOT NULL,
    on_sale         BOOLEAN      NOT NULL,
    line_discount   BIGINT       NOT NULL,
    line_amount     BIGINT       NOT NULL,
    -- The line's part of the order discounts and of the points, fixed when the order was placed: what a partial
    -- cancellation gives back.
    discount_share  BIGINT       NOT NULL,
    points_share    BIGINT       NOT NULL,
    state           VARCHAR(30)  NOT NULL,
    cancelled_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_shop_order_line UNIQUE (order_id, line_no),
    CONSTRAINT fk_shop_order_line_order FOREIGN KEY (order_id) REFERENCES shop_order (id)
);

-- Every labelled step of the breakdown beyond the fixed columns: discounts and charges of price rules (tuning
-- modules), per line or for the order, as the shopper saw them.
CREATE TABLE shop_order_adjustment
(
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    order_id BIGINT       NOT NULL,
    line_no  INT          NULL,
    label    VARCHAR(200) NOT NULL,
    amount   BIGINT       NOT NULL,
    charge   BOOLEAN      NOT NULL,
    position INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_shop_order_adjustment_order FOREIGN KEY (order_id) REFERENCES shop_order (id)
);
CREATE INDEX idx_shop_order_adjustment_order ON shop_order_adjustment (order_id, position);

-- Append-only: every state change of an order or of some of its lines, who made it and why.
CREATE TABLE shop_order_history
(
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    order_id    BIGINT       NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    from_state  VARCHAR(30)  NULL,
    to_state    VARCHAR(30)  NOT NULL,
    initiator   VARCHAR(20)  NOT NULL,
    actor_name  VARCHAR(100) NOT NULL,
    reason      VARCHAR(500) NULL,
    line_nos    VARCHAR(500) NULL,
    happened_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_shop_order_history_order FOREIGN KEY (order_id) REFERENCES shop_order (id)
);
CREATE INDEX idx_shop_order_history_order ON shop_order_history (order_id, id);
