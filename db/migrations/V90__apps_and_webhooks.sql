-- Apps: integrations that call the admin API with OAuth2 client credentials (docs/api.md). The client secret is
-- stored only as a password hash; it is shown once when created or rotated.
CREATE TABLE app
(
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    client_id             VARCHAR(64)  NOT NULL,
    name                  VARCHAR(100) NOT NULL,
    -- Space-separated scopes such as "products:read webhooks:manage".
    scopes                VARCHAR(500) NOT NULL,
    secret_hash           VARCHAR(200) NOT NULL,
    owner_email           VARCHAR(200) NULL,
    requests_per_minute   INT          NOT NULL,
    created_by            VARCHAR(100) NOT NULL,
    created_at            TIMESTAMP(6) NOT NULL,
    secret_rotated_at     TIMESTAMP(6) NULL,
    revoked_at            TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_client_id UNIQUE (client_id)
);

-- Access tokens are opaque: only their SHA-256 is stored, and every API call looks the token up together with its
-- app, so revoking the app cuts it off at once.
CREATE TABLE app_token
(
    token_hash  VARCHAR(64)  NOT NULL,
    app_id      BIGINT       NOT NULL,
    scopes      VARCHAR(500) NOT NULL,
    issued_at   TIMESTAMP(6) NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (token_hash)
);
CREATE INDEX idx_app_token_app ON app_token (app_id);

-- Every API call an app makes: who, what, the answer and how long it took.
CREATE TABLE app_api_call
(
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    app_id       BIGINT       NOT NULL,
    method       VARCHAR(10)  NOT NULL,
    path         VARCHAR(500) NOT NULL,
    status       INT          NOT NULL,
    called_at    TIMESTAMP(6) NOT NULL,
    duration_ms  INT          NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_app_api_call_app ON app_api_call (app_id, id);

-- Webhook endpoints of an app: where to send which event types, with the signing secret (whsec_...).
CREATE TABLE webhook_endpoint
(
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    app_id           BIGINT        NOT NULL,
    url              VARCHAR(1000) NOT NULL,
    secret           VARCHAR(100)  NOT NULL,
    -- Space-separated event types such as "member.joined payment.confirmed".
    event_types      VARCHAR(1000) NOT NULL,
    enabled          BOOLEAN       NOT NULL DEFAULT TRUE,
    disabled_at      TIMESTAMP(6)  NULL,
    disabled_reason  VARCHAR(500)  NULL,
    -- Set when the owner has seen the notice that the endpoint was disabled.
    notice_seen_at   TIMESTAMP(6)  NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_webhook_endpoint_app ON webhook_endpoint (app_id);

-- One message to one endpoint. message_id is the webhook-id the receiver deduplicates by; a replay keeps it.
CREATE TABLE webhook_delivery
(
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    message_id       VARCHAR(40)  NOT NULL,
    endpoint_id      BIGINT       NOT NULL,
    event_type       VARCHAR(60)  NOT NULL,
    payload          TEXT         NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP(6) NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    delivered_at     TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_webhook_delivery_message UNIQUE (message_id, endpoint_id)
);
CREATE INDEX idx_webhook_delivery_due ON webhook_delivery (state, next_attempt_at);
CREATE INDEX idx_webhook_delivery_endpoint ON webhook_delivery (endpoint_id, id);

-- Every attempt to send a delivery, kept for the owner to read.
CREATE TABLE webhook_attempt
(
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    delivery_id   BIGINT       NOT NULL,
    attempted_at  TIMESTAMP(6) NOT NULL,
    status_code   INT          NULL,
    error         VARCHAR(500) NULL,
    duration_ms   INT          NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_webhook_attempt_delivery ON webhook_attempt (delivery_id, id);
