-- The owner's member settings (the under-14 sign-up rule), changed in the admin console.
CREATE TABLE member_setting
(
    name          VARCHAR(64)  NOT NULL,
    setting_value VARCHAR(255) NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (name)
);
