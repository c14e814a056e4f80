-- The admin order list finds orders by payment method and by the orderer's name or phone. Names and phones are
-- encrypted, so the look-up goes through blind indexes (HMAC-SHA256 of the normalized value, see BlindIndex), written
-- when an order is placed. Orders placed before this migration keep NULL indexes: they are not found by name or phone
-- (their values can only be read by decrypting, which the list does not do), but every other filter still finds them.
-- payment_method is what the order was begun or paid with (PaymentMethod name, or an integration's own word for an
-- order paid outside the shop); NULL until a payment is begun.
ALTER TABLE shop_order ADD COLUMN payment_method VARCHAR(40) NULL;
ALTER TABLE shop_order ADD COLUMN orderer_name_index CHAR(64) NULL;
ALTER TABLE shop_order ADD COLUMN orderer_phone_index CHAR(64) NULL;

CREATE INDEX idx_shop_order_payment_method ON shop_order (payment_method, placed_at, id);
CREATE INDEX idx_shop_order_orderer_name ON shop_order (orderer_name_index, placed_at);
CREATE INDEX idx_shop_order_orderer_phone ON shop_order (orderer_phone_index, placed_at);
