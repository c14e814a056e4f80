-- Refunds the order module asked the payment module for, one row per cancellation or completed return. The
-- refund_key (the cancellation's lines, or the claim) is unique: a redelivered event finds its row and refunds nothing
-- twice. Failed refunds stay visible to staff, who retry them (attempt counts up; each attempt has its own
-- idempotency key at the gateway).
CREATE TABLE order_refund
(
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    order_id        BIGINT       NOT NULL,
    refund_key      VARCHAR(200) NOT NULL,
    claim_id        BIGINT       NULL,
    amount          BIGINT       NOT NULL,
    reason          VARCHAR(200) NOT NULL,
    line_nos        VARCHAR(500) NULL,
    state           VARCHAR(20)  NOT NULL,
    attempt         INT          NOT NULL,
    failure_code    VARCHAR(100) NULL,
    failure_message VARCHAR(500) NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_order_refund_key UNIQUE (refund_key),
    CONSTRAINT fk_order_refund_order FOREIGN KEY (order_id) REFERENCES shop_order (id)
);
CREATE INDEX idx_order_refund_order ON order_refund (order_id, id);
CREATE INDEX idx_order_refund_state ON order_refund (state, id);

-- Returns and exchanges of delivered lines. Each step is also appended to shop_order_history (who and why).
CREATE TABLE order_claim
(
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    order_id        BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    reason          VARCHAR(30)   NOT NULL,
    message         VARCHAR(1000) NULL,
    line_nos        VARCHAR(500)  NOT NULL,
    return_fee      BIGINT        NOT NULL,
    refund_amount   BIGINT        NOT NULL,
    requested_by    VARCHAR(20)   NOT NULL,
    requested_at    TIMESTAMP(6)  NOT NULL,
    decided_at      TIMESTAMP(6)  NULL,
    collected_at    TIMESTAMP(6)  NULL,
    completed_at    TIMESTAMP(6)  NULL,
    reshipped_at    TIMESTAMP(6)  NULL,
    decision_note   VARCHAR(500)  NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_order_claim_order FOREIGN KEY (order_id) REFERENCES shop_order (id)
);
CREATE INDEX idx_order_claim_order ON order_claim (order_id, id);
CREATE INDEX idx_order_claim_state ON order_claim (state, id);
