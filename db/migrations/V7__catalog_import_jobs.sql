-- Bulk product imports run as background jobs; their state lives here so that any node can show a job's progress
-- and its report, and so that a page reload loses nothing.
CREATE TABLE catalog_import_job
(
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    file_name          VARCHAR(255)  NOT NULL,
    file_format        VARCHAR(10)   NOT NULL,
    import_mode        VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    -- 'shop' while the job runs, NULL once it ends: the unique key lets only one import run at a time.
    running_slot       VARCHAR(10)   NULL,
    total_rows         INT           NOT NULL DEFAULT 0,
    validated_rows     INT           NOT NULL DEFAULT 0,
    written_rows       INT           NOT NULL DEFAULT 0,
    good_rows          INT           NOT NULL DEFAULT 0,
    bad_rows           INT           NOT NULL DEFAULT 0,
    products_created   INT           NOT NULL DEFAULT 0,
    products_updated   INT           NOT NULL DEFAULT 0,
    products_unchanged INT           NOT NULL DEFAULT 0,
    products_rejected  INT           NOT NULL DEFAULT 0,
    started_by         VARCHAR(100)  NOT NULL,
    node               VARCHAR(100)  NULL,
    message            VARCHAR(1000) NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    started_at         TIMESTAMP(6)  NULL,
    heartbeat_at       TIMESTAMP(6)  NULL,
    finished_at        TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_catalog_import_job_running UNIQUE (running_slot)
);
CREATE INDEX idx_catalog_import_job_created ON catalog_import_job (created_at);

-- One reason a row of an import file was refused, in the owner's terms: a message code and its arguments, so the
-- admin console can say it in Korean or English.
CREATE TABLE catalog_import_problem
(
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    job_id      BIGINT        NOT NULL,
    line_no     INT           NOT NULL,
    product_key VARCHAR(220)  NULL,
    sku         VARCHAR(64)   NULL,
    column_name VARCHAR(120)  NULL,
    code        VARCHAR(60)   NOT NULL,
    arguments   VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_catalog_import_problem_job FOREIGN KEY (job_id) REFERENCES catalog_import_job (id)
);
CREATE INDEX idx_catalog_import_problem_job_line ON catalog_import_problem (job_id, line_no, id);
