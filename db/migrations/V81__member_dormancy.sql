-- Dormant accounts (휴면, issue 4): an owner setting, off by default. After the configured inactivity a member is told
-- 30 days ahead (member_dormancy_notice), then the account's personal data moves here, still encrypted by the
-- platform's PiiCipher, and the account is locked (status DORMANT) until the member logs in and enters a mailed code.
-- The email's blind index stays on member_account: it is a keyed hash, not the address, and it keeps the address
-- taken and lets the login find the account.
CREATE TABLE member_dormant
(
    member_id         BIGINT       NOT NULL,
    email             VARCHAR(512) NULL,
    email_verified_at TIMESTAMP(6) NULL,
    name              VARCHAR(512) NULL,
    phone             VARCHAR(512) NULL,
    phone_index       CHAR(64)     NULL,
    birth_date        VARCHAR(512) NULL,
    dormant_since     TIMESTAMP(6) NOT NULL,
    -- SHA-256 of the mailed restore code; attempts counts wrong codes (the code dies after 5).
    code_hash         CHAR(64)     NULL,
    code_expires_at   TIMESTAMP(6) NULL,
    code_attempts     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (member_id),
    CONSTRAINT fk_member_dormant_member FOREIGN KEY (member_id) REFERENCES member_account (id)
);

-- The notices sent 30 days before an account goes dormant; inactive_since is the last activity they refer to, so a
-- login in between makes a new notice necessary.
CREATE TABLE member_dormancy_notice
(
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    member_id      BIGINT       NOT NULL,
    inactive_since TIMESTAMP(6) NOT NULL,
    dormant_from   TIMESTAMP(6) NOT NULL,
    sent_at        TIMESTAMP(6) NOT NULL,
    mailed         BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_member_dormancy_notice_member FOREIGN KEY (member_id) REFERENCES member_account (id)
);
CREATE INDEX ix_member_dormancy_notice_member ON member_dormancy_notice (member_id, inactive_since);
CREATE INDEX ix_member_account_activity ON member_account (status, last_login_at);
