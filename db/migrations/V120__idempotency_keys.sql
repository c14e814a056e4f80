-- Idempotency keys of API POSTs that create orders, payments or refunds (docs/api.md): the first request's answer,
-- kept 24 hours per caller and key. A RUNNING row is a request still at work; a DONE row holds its answer.
CREATE TABLE idempotency_key
(
    caller             VARCHAR(150)  NOT NULL,
    idem_key           VARCHAR(255)  NOT NULL,
    -- SHA-256 of the operation and the request body: the same key with another body is refused.
    fingerprint        VARCHAR(64)   NOT NULL,
    state              VARCHAR(10)   NOT NULL,
    response_status    INT           NULL,
    response_body      TEXT          NULL,
    response_location  VARCHAR(500)  NULL,
    claimed_at         TIMESTAMP(6)  NOT NULL,
    expires_at         TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idx_idempotency_key_expires ON idempotency_key (expires_at);
