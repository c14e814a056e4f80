-- Shopping feeds (Naver Shopping EP, Google Merchant): each product's rendered line per feed, kept current by
-- re-rendering only the products that changed, so the feed files are written from here without touching the catalog.
CREATE TABLE feed_line
(
    feed       VARCHAR(30)  NOT NULL,
    product_id BIGINT       NOT NULL,
    line       MEDIUMTEXT   NOT NULL,
    -- SHA-256 of the line and its listing: a refresh that renders the same line changes nothing.
    line_hash  VARCHAR(64)  NOT NULL,
    -- A product that shoppers no longer see stays, unlisted, so the incremental feed can announce its removal.
    listed     BOOLEAN      NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (feed, product_id)
);
CREATE INDEX idx_feed_line_changed ON feed_line (feed, changed_at);

-- Products changed since the last refresh (marked after each catalog commit).
CREATE TABLE feed_pending
(
    product_id BIGINT       NOT NULL,
    marked_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (product_id)
);

CREATE TABLE feed_state
(
    feed          VARCHAR(30)  NOT NULL,
    full_built_at TIMESTAMP(6) NOT NULL,
    refreshed_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (feed)
);
