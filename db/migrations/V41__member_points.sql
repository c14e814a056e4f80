-- Points (적립금): a ledger of entries per member, a balance row that serialises every change of one member's
-- points, and the allocations that say which credit entries each debit consumed.

-- Every change of a member's points first locks this row (SELECT ... FOR UPDATE), so concurrent spends queue up;
-- the CHECK is the last line of defence should code ever try to go below zero.
CREATE TABLE point_balance
(
    member_id  BIGINT       NOT NULL,
    balance    BIGINT       NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (member_id),
    CONSTRAINT ck_point_balance_not_negative CHECK (balance >= 0)
);

CREATE TABLE point_entry
(
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    member_id       BIGINT       NOT NULL,
    -- EARN, SPEND, EXPIRE, EARN_CANCEL, SPEND_CANCEL, ADJUST, GIFT_CARD
    kind            VARCHAR(20)  NOT NULL,
    -- Signed: credits positive, debits negative. A member's entries sum to the balance.
    amount          BIGINT       NOT NULL,
    -- Of a credit: the part not yet spent, expired or cancelled. The remainders also sum to the balance.
    remaining       BIGINT       NOT NULL,
    expires_at      TIMESTAMP(6) NULL,
    -- expires_at while remaining > 0, NULL once used up: the indexes below then reach live credits only, however
    -- long the history grows.
    open_until      TIMESTAMP(6) NULL,
    order_number    VARCHAR(64)  NULL,
    -- 'EARN:<order>', 'SPEND:<order>', cancellations with their claim reference: repeats are recognised.
    once_key        VARCHAR(200) NULL,
    -- A cancellation's original entry.
    related_id      BIGINT       NULL,
    gift_card_id    BIGINT       NULL,
    -- Of an EARN_CANCEL: the part of the cancelled earn that had already expired (nothing to take back) and the
    -- part that was spent and could not be taken back from other points (the order module settles it). Of a
    -- SPEND_CANCEL: the part whose original credits had expired, which it holds itself with a new expiry.
    expired_won     BIGINT       NULL,
    shortfall_won   BIGINT       NULL,
    -- Of a credit: how much of it expired unspent. Of an EARN: how much cancellations have covered so far, and how
    -- much of the expired part they counted. Kept on the row so a cancellation reads it with one row lock.
    expired_total   BIGINT       NOT NULL DEFAULT 0,
    cancelled_total BIGINT       NOT NULL DEFAULT 0,
    waived_total    BIGINT       NOT NULL DEFAULT 0,
    reason          VARCHAR(300) NULL,
    staff           VARCHAR(100) NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_point_entry_once UNIQUE (once_key),
    CONSTRAINT ck_point_entry_remaining CHECK (remaining >= 0)
);
CREATE INDEX idx_point_entry_member_open ON point_entry (member_id, open_until);
CREATE INDEX idx_point_entry_member ON point_entry (member_id, id);
CREATE INDEX idx_point_entry_open ON point_entry (open_until);
CREATE INDEX idx_point_entry_order ON point_entry (order_number);
CREATE INDEX idx_point_entry_kind ON point_entry (kind, id);

CREATE TABLE point_allocation
(
    id        BIGINT NOT NULL AUTO_INCREMENT,
    debit_id  BIGINT NOT NULL,
    credit_id BIGINT NOT NULL,
    amount    BIGINT NOT NULL,
    -- Of a spend: how much of this allocation a cancellation has given back.
    restored  BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_point_allocation_debit FOREIGN KEY (debit_id) REFERENCES point_entry (id),
    CONSTRAINT fk_point_allocation_credit FOREIGN KEY (credit_id) REFERENCES point_entry (id),
    CONSTRAINT ck_point_allocation_amounts CHECK (amount > 0 AND restored >= 0 AND restored <= amount)
);
