-- The audit log (docs/admin-staff.md): append-only, hash-chained, kept at least two years.
-- The application inserts rows and never updates them; the only delete is the retention purge of rows older than
-- the retention (at least two years). docs/operations.md shows the grants and triggers production should add.
CREATE TABLE audit_log
(
    seq         BIGINT        NOT NULL,
    occurred_at TIMESTAMP(6)  NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    actor_role  VARCHAR(60)   NULL,
    action      VARCHAR(120)  NOT NULL,
    target_type VARCHAR(60)   NULL,
    target_id   VARCHAR(120)  NULL,
    summary     VARCHAR(500)  NULL,
    details     VARCHAR(4000) NULL,
    ip          VARCHAR(45)   NULL,
    request_id  VARCHAR(64)   NULL,
    prev_hash   CHAR(64)      NOT NULL,
    row_hash    CHAR(64)      NOT NULL,
    PRIMARY KEY (seq)
);
CREATE INDEX audit_log_by_time ON audit_log (occurred_at);
CREATE INDEX audit_log_by_actor ON audit_log (actor, seq);
CREATE INDEX audit_log_by_action ON audit_log (action, seq);
CREATE INDEX audit_log_by_target ON audit_log (target_type, target_id, seq);

-- The head of the hash chain: appends lock this one row, so rows from every node form a single chain.
CREATE TABLE audit_chain
(
    id        INT      NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
);
INSERT INTO audit_chain (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
