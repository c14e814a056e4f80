-- The app store: which integrations the owner switched on, and their settings (secret values encrypted, key id prefix).
CREATE TABLE app_integration
(
    integration_id VARCHAR(60)  NOT NULL,
    switched_on    BOOLEAN      NOT NULL,
    changed_at     TIMESTAMP(6) NOT NULL,
    changed_by     VARCHAR(200) NOT NULL,
    PRIMARY KEY (integration_id)
);

CREATE TABLE app_integration_setting
(
    integration_id VARCHAR(60)   NOT NULL,
    setting_key    VARCHAR(60)   NOT NULL,
    setting_value  VARCHAR(1200) NOT NULL,
    PRIMARY KEY (integration_id, setting_key)
);
