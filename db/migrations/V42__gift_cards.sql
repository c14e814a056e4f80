-- Gift cards (상품권): batches issued by admin and their cards. A card's code is never stored: only its SHA-256
-- (to find the card when a shopper types the code) and its last four characters (to tell cards apart in admin).

CREATE TABLE gift_card_batch
(
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    name           VARCHAR(100) NULL,
    face_value_won BIGINT       NOT NULL,
    card_count     INT          NOT NULL,
    -- The first moment the cards no longer work: 00:00 in the shop's zone after the last valid day.
    valid_until    TIMESTAMP(6) NOT NULL,
    issued_by      VARCHAR(100) NOT NULL,
    issued_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE gift_card
(
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    batch_id       BIGINT       NOT NULL,
    code_hash      CHAR(64)     NOT NULL,
    code_last4     CHAR(4)      NOT NULL,
    -- Copied from the batch so that redeeming is one conditional UPDATE of one row.
    face_value_won BIGINT       NOT NULL,
    valid_until    TIMESTAMP(6) NOT NULL,
    -- ACTIVE, RESERVED (held for a checkout until reserved_until), REDEEMED, VOIDED
    status         VARCHAR(12)  NOT NULL,
    reserved_for   VARCHAR(64)  NULL,
    reserved_until TIMESTAMP(6) NULL,
    redeemed_at    TIMESTAMP(6) NULL,
    -- POINTS or PAYMENT
    redeemed_as    VARCHAR(10)  NULL,
    member_id      BIGINT       NULL,
    order_number   VARCHAR(64)  NULL,
    point_entry_id BIGINT       NULL,
    voided_at      TIMESTAMP(6) NULL,
    voided_by      VARCHAR(100) NULL,
    void_reason    VARCHAR(300) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_gift_card_code UNIQUE (code_hash),
    CONSTRAINT fk_gift_card_batch FOREIGN KEY (batch_id) REFERENCES gift_card_batch (id)
);
CREATE INDEX idx_gift_card_batch_status ON gift_card (batch_id, status);
CREATE INDEX idx_gift_card_reserved_for ON gift_card (reserved_for);
CREATE INDEX idx_gift_card_member ON gift_card (member_id);
