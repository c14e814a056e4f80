-- Tuning modules' settings as the shop owner saved them in the generated settings form: one row per module and
-- component of its settings record, the value as text (secrets too: they are the module's API keys, like the
-- platform's own configuration).
CREATE TABLE tuning_module_setting
(
    module_id     VARCHAR(100)  NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(4000) NULL,
    updated_at    TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (module_id, name)
);
