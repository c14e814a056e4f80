-- Every time a staff member shows a member's personal data unmasked (until the audit log takes this over).
CREATE TABLE member_pii_unmask
(
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    member_id      BIGINT       NOT NULL,
    staff_username VARCHAR(100) NOT NULL,
    reason         VARCHAR(200) NOT NULL,
    request_id     VARCHAR(64)  NULL,
    unmasked_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_member_pii_unmask_member ON member_pii_unmask (member_id, unmasked_at);

-- The owner's member settings (the under-14 sign-up rule), changed in the admin console.
CREATE TABLE member_setting
(
    name          VARCHAR(64)  NOT NULL,
    setting_value VARCHAR(255) NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (name)
);
