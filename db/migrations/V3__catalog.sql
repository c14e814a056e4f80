-- Catalog: categories, products, their option values, variants (one per option combination) and images.
CREATE TABLE category
(
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id  BIGINT       NULL,
    name       VARCHAR(100) NOT NULL,
    slug       VARCHAR(120) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    visible    BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_category_slug UNIQUE (slug),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
);

CREATE TABLE product
(
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    category_id BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(220) NOT NULL,
    summary     VARCHAR(500) NULL,
    price       BIGINT       NOT NULL,
    list_price  BIGINT       NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_product_slug UNIQUE (slug),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id)
);
CREATE INDEX idx_product_category_status ON product (category_id, status, created_at);
CREATE INDEX idx_product_status_created ON product (status, created_at);

CREATE TABLE product_option
(
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    product_id   BIGINT       NOT NULL,
    axis         VARCHAR(50)  NOT NULL,
    option_value VARCHAR(100) NOT NULL,
    sort_order   INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_product_option UNIQUE (product_id, axis, option_value),
    CONSTRAINT fk_product_option_product FOREIGN KEY (product_id) REFERENCES product (id)
);

CREATE TABLE product_variant
(
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    product_id    BIGINT       NOT NULL,
    sku           VARCHAR(64)  NOT NULL,
    option_values VARCHAR(300) NOT NULL,
    price_delta   BIGINT       NOT NULL DEFAULT 0,
    stock         INT          NOT NULL DEFAULT 0,
    sort_order    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_product_variant_sku UNIQUE (sku),
    CONSTRAINT fk_product_variant_product FOREIGN KEY (product_id) REFERENCES product (id)
);
CREATE INDEX idx_product_variant_product ON product_variant (product_id);

CREATE TABLE product_image
(
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    product_id   BIGINT       NOT NULL,
    option_value VARCHAR(100) NULL,
    path         VARCHAR(500) NOT NULL,
    alt_text     VARCHAR(200) NULL,
    sort_order   INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_product_image_product FOREIGN KEY (product_id) REFERENCES product (id)
);
CREATE INDEX idx_product_image_product ON product_image (product_id, sort_order);
