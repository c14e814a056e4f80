CREATE TABLE tm_test_rogue_fine (id BIGINT NOT NULL, PRIMARY KEY (id));
CREATE TABLE rogue_in_platform_namespace (id BIGINT NOT NULL, PRIMARY KEY (id));
