-- Carts: a guest's is found by the id in its signed cookie, a member's by member id. Kept in the database, so a cart
-- survives the session, the browser restart and the node that served it.
CREATE TABLE cart
(
    id         VARCHAR(36)  NOT NULL,
    member_id  BIGINT       NULL,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_cart_member UNIQUE (member_id)
);
-- Abandoned guest carts are swept by age.
CREATE INDEX idx_cart_updated ON cart (updated_at);

CREATE TABLE cart_line
(
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    cart_id    VARCHAR(36)  NOT NULL,
    variant_id BIGINT       NOT NULL,
    sku        VARCHAR(64)  NOT NULL,
    quantity   INT          NOT NULL,
    -- The unit price the shopper last saw (when adding, or on the last checkout page): a different price now is
    -- told to the shopper before they pay.
    seen_unit_price BIGINT  NOT NULL,
    added_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cart_line_variant UNIQUE (cart_id, variant_id),
    CONSTRAINT fk_cart_line_cart FOREIGN KEY (cart_id) REFERENCES cart (id) ON DELETE CASCADE
);

-- The key that signs guest cart cookies, made once per shop so that every node signs and checks alike.
CREATE TABLE cart_cookie_key
(
    id         INT          NOT NULL,
    secret     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
);
