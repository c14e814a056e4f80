-- Which tuning modules are installed on this shop and whether they are switched on (shared by every node).
CREATE TABLE tuning_module
(
    id           VARCHAR(100) NOT NULL,
    version      VARCHAR(40)  NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    installed_at TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
);
