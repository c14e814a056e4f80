-- Consent (정보통신망법 §50, 개인정보 보호법 §22): the current decision per member and kind, and every decision ever
-- made, with time, the version of the text agreed to and where it was made. The history is kept after withdrawal.

CREATE TABLE member_consent
(
    member_id     BIGINT       NOT NULL,
    consent_type  VARCHAR(30)  NOT NULL,
    granted       BOOLEAN      NOT NULL,
    terms_version VARCHAR(40)  NOT NULL,
    decided_at    TIMESTAMP(6) NOT NULL,
    -- The last time the member decided or re-confirmed; the two-year re-confirmation counts from here.
    confirmed_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (member_id, consent_type),
    CONSTRAINT fk_member_consent_member FOREIGN KEY (member_id) REFERENCES member_account (id)
);
CREATE INDEX ix_member_consent_confirmed ON member_consent (consent_type, granted, confirmed_at);

CREATE TABLE member_consent_history
(
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    member_id     BIGINT       NOT NULL,
    consent_type  VARCHAR(30)  NOT NULL,
    granted       BOOLEAN      NOT NULL,
    terms_version VARCHAR(40)  NOT NULL,
    source        VARCHAR(30)  NOT NULL,
    recorded_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_member_consent_history_member ON member_consent_history (member_id, recorded_at);

-- The biennial re-confirmation notices sent, and when the member answered.
CREATE TABLE member_consent_reminder
(
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    member_id   BIGINT       NOT NULL,
    sent_at     TIMESTAMP(6) NOT NULL,
    answered_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_member_consent_reminder_member ON member_consent_reminder (member_id, sent_at);
