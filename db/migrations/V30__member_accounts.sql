-- Shopper accounts (issue 4). Personal data columns hold AES-GCM values "<key id>:<base64>" written by the platform's
-- PiiCipher, never clear text; *_index columns hold HMAC-SHA256 blind indexes for exact look-up (docs/members.md).

CREATE TABLE member_account
(
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    status              VARCHAR(20)  NOT NULL,
    email               VARCHAR(512) NULL,
    email_index         CHAR(64)     NULL,
    email_verified_at   TIMESTAMP(6) NULL,
    -- NULL for an account that logs in another way (social login).
    password_hash       VARCHAR(255) NULL,
    password_changed_at TIMESTAMP(6) NULL,
    name                VARCHAR(512) NULL,
    phone               VARCHAR(512) NULL,
    phone_index         CHAR(64)     NULL,
    birth_date          VARCHAR(512) NULL,
    joined_at           TIMESTAMP(6) NOT NULL,
    last_login_at       TIMESTAMP(6) NULL,
    withdrawn_at        TIMESTAMP(6) NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    -- A withdrawn account's index is erased (NULL), which frees the email for a new sign-up.
    CONSTRAINT uk_member_account_email UNIQUE (email_index)
);
CREATE INDEX ix_member_account_phone ON member_account (phone_index);
CREATE INDEX ix_member_account_joined ON member_account (joined_at);

-- Consent of a legal guardian for a member who signed up under the age of 14 (개인정보 보호법 §22-2).
CREATE TABLE member_guardian_consent
(
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    member_id      BIGINT       NOT NULL,
    guardian_name  VARCHAR(512) NULL,
    guardian_phone VARCHAR(512) NULL,
    terms_version  VARCHAR(40)  NOT NULL,
    consented_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_guardian_consent_member FOREIGN KEY (member_id) REFERENCES member_account (id)
);

-- The address book. Every part of an address is personal data.
CREATE TABLE member_address
(
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    member_id      BIGINT        NOT NULL,
    label          VARCHAR(512)  NULL,
    recipient      VARCHAR(512)  NOT NULL,
    phone          VARCHAR(512)  NOT NULL,
    postal_code    VARCHAR(512)  NOT NULL,
    road_address   VARCHAR(1024) NOT NULL,
    detail_address VARCHAR(1024) NULL,
    is_default     BOOLEAN       NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_member_address_member FOREIGN KEY (member_id) REFERENCES member_account (id)
);
CREATE INDEX ix_member_address_member ON member_address (member_id);

-- One-time tokens sent by mail (password reset, email change). Only a SHA-256 of the token is stored.
CREATE TABLE member_token
(
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    member_id  BIGINT       NOT NULL,
    purpose    VARCHAR(30)  NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    new_email  VARCHAR(512) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    used_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_member_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_member_token_member FOREIGN KEY (member_id) REFERENCES member_account (id)
);
CREATE INDEX ix_member_token_member ON member_token (member_id, purpose);

-- "Remember me" logins (Spring Security's persistent token scheme): one row per remembered browser.
CREATE TABLE member_remembered_login
(
    series    VARCHAR(64)  NOT NULL,
    member_id BIGINT       NOT NULL,
    token     VARCHAR(64)  NOT NULL,
    last_used TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (series)
);
CREATE INDEX ix_member_remembered_login_member ON member_remembered_login (member_id);
