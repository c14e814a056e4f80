-- The language the shopper ordered in (ko, en), for the mails about the order; NULL for orders placed before.
ALTER TABLE shop_order ADD COLUMN order_language VARCHAR(8) NULL;

-- One row per shopper mail sent about an order, keyed by the event it answers: the outbox delivers events at least
-- once, and a mail must go out once.
CREATE TABLE order_mail_sent
(
    mail_key VARCHAR(200) NOT NULL,
    sent_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (mail_key)
);
