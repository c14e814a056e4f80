-- Payments: one current state per order (payment) and the append-only history of every request to a gateway and
-- its outcome (payment_transaction). Amounts are whole won. Nothing here is deleted: payment records are kept five
-- years (전자상거래법). The shopper's name, e-mail and phone go to the gateway only and are not stored here.
CREATE TABLE payment
(
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    order_number        VARCHAR(64)  NOT NULL,
    order_name          VARCHAR(100) NOT NULL,
    gateway             VARCHAR(40)  NOT NULL,
    method              VARCHAR(30)  NOT NULL,
    state               VARCHAR(30)  NOT NULL,
    amount              BIGINT       NOT NULL,
    tax_free_amount     BIGINT       NOT NULL DEFAULT 0,
    cancelled_amount    BIGINT       NOT NULL DEFAULT 0,
    cancelled_tax_free  BIGINT       NOT NULL DEFAULT 0,
    escrow              BOOLEAN      NOT NULL DEFAULT FALSE,
    cash_receipt_type   VARCHAR(30)  NULL,
    cash_receipt_issued BOOLEAN      NOT NULL DEFAULT FALSE,
    payment_key         VARCHAR(200) NULL,
    -- The Idempotency-Key of this attempt's confirm: a retried or reconciled confirm sends the same one.
    confirm_key         VARCHAR(64)  NULL,
    attempt             INT          NOT NULL DEFAULT 1,
    failure_code        VARCHAR(60)  NULL,
    failure_message     VARCHAR(510) NULL,
    va_bank             VARCHAR(40)  NULL,
    va_account_number   VARCHAR(40)  NULL,
    va_due_at           TIMESTAMP(6) NULL,
    -- SHA-256 of the secret the gateway sends back with a virtual-account deposit callback.
    va_secret_hash      VARCHAR(64)  NULL,
    approved_at         TIMESTAMP(6) NULL,
    created_at          TIMESTAMP(6) NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_payment_order_number UNIQUE (order_number)
);
CREATE INDEX idx_payment_state_updated ON payment (state, updated_at);

CREATE TABLE payment_transaction
(
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    payment_id      BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    state_after     VARCHAR(30)  NOT NULL,
    amount          BIGINT       NOT NULL DEFAULT 0,
    gateway         VARCHAR(40)  NOT NULL,
    gateway_key     VARCHAR(200) NULL,
    idempotency_key VARCHAR(64)  NULL,
    code            VARCHAR(60)  NULL,
    message         VARCHAR(510) NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_payment_transaction_payment FOREIGN KEY (payment_id) REFERENCES payment (id)
);
CREATE INDEX idx_payment_transaction_payment ON payment_transaction (payment_id, id);

-- One row per cancellation (full or partial), with its tax split. A cancel whose outcome is unknown (timeout) is
-- sent again with the same idempotency key by the reconciliation job.
CREATE TABLE payment_cancel
(
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    payment_id      BIGINT       NOT NULL,
    amount          BIGINT       NOT NULL,
    tax_free_amount BIGINT       NOT NULL DEFAULT 0,
    vat             BIGINT       NOT NULL DEFAULT 0,
    reason          VARCHAR(200) NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    idempotency_key VARCHAR(64)  NOT NULL,
    transaction_key VARCHAR(200) NULL,
    failure_code    VARCHAR(60)  NULL,
    failure_message VARCHAR(510) NULL,
    requested_at    TIMESTAMP(6) NOT NULL,
    completed_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_payment_cancel_idempotency UNIQUE (idempotency_key),
    CONSTRAINT fk_payment_cancel_payment FOREIGN KEY (payment_id) REFERENCES payment (id)
);
CREATE INDEX idx_payment_cancel_payment ON payment_cancel (payment_id, id);
CREATE INDEX idx_payment_cancel_state ON payment_cancel (state, requested_at);

-- Which gateway the shop uses and which payment methods it offers; without a row the configuration defaults apply.
CREATE TABLE payment_setting
(
    id         INT          NOT NULL,
    gateway    VARCHAR(40)  NOT NULL,
    methods    VARCHAR(300) NOT NULL,
    escrow     BOOLEAN      NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
);

-- The built-in test gateway's own ledger: what a real gateway would keep on its side.
CREATE TABLE payment_test_session
(
    token             VARCHAR(64)  NOT NULL,
    order_number      VARCHAR(64)  NOT NULL,
    order_name        VARCHAR(100) NOT NULL,
    method            VARCHAR(30)  NOT NULL,
    amount            BIGINT       NOT NULL,
    tax_free_amount   BIGINT       NOT NULL DEFAULT 0,
    balance           BIGINT       NOT NULL,
    success_url       VARCHAR(500) NOT NULL,
    fail_url          VARCHAR(500) NOT NULL,
    escrow            BOOLEAN      NOT NULL DEFAULT FALSE,
    state             VARCHAR(30)  NOT NULL,
    payment_key       VARCHAR(64)  NULL,
    confirm_key       VARCHAR(64)  NULL,
    charges           INT          NOT NULL DEFAULT 0,
    va_account_number VARCHAR(40)  NULL,
    va_secret         VARCHAR(64)  NULL,
    cash_receipt_type VARCHAR(30)  NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    updated_at        TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (token),
    CONSTRAINT uk_payment_test_session_key UNIQUE (payment_key)
);
CREATE INDEX idx_payment_test_session_order ON payment_test_session (order_number, created_at);
