-- Typed custom fields that tuning modules declare on products, members and orders: one row per entity, module and
-- field, the value in the column of the field's type. Values of many entities are read in one query by entity.
CREATE TABLE custom_field_value
(
    entity_type   VARCHAR(20)    NOT NULL,
    entity_id     VARCHAR(64)    NOT NULL,
    module_id     VARCHAR(100)   NOT NULL,
    field_key     VARCHAR(64)    NOT NULL,
    text_value    VARCHAR(2000)  NULL,
    number_value  DECIMAL(19, 4) NULL,
    boolean_value BOOLEAN        NULL,
    date_value    DATE           NULL,
    updated_at    TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (entity_type, entity_id, module_id, field_key)
);

CREATE INDEX custom_field_value_module ON custom_field_value (module_id, field_key);
