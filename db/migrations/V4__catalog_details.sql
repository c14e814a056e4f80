-- Catalog details: brands, rich descriptions, timed sale prices, popularity, tags and variant barcodes.
CREATE TABLE brand
(
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(100) NOT NULL,
    slug       VARCHAR(120) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_brand_slug UNIQUE (slug)
);

ALTER TABLE product ADD COLUMN brand_id BIGINT NULL;
ALTER TABLE product ADD COLUMN description MEDIUMTEXT NULL;
ALTER TABLE product ADD COLUMN sale_price BIGINT NULL;
ALTER TABLE product ADD COLUMN sale_starts_at TIMESTAMP(6) NULL;
ALTER TABLE product ADD COLUMN sale_ends_at TIMESTAMP(6) NULL;
ALTER TABLE product ADD COLUMN popularity BIGINT NOT NULL DEFAULT 0;
ALTER TABLE product ADD CONSTRAINT fk_product_brand FOREIGN KEY (brand_id) REFERENCES brand (id);
CREATE INDEX idx_product_brand_status ON product (brand_id, status);

ALTER TABLE product_variant ADD COLUMN barcode VARCHAR(64) NULL;

CREATE TABLE product_tag
(
    product_id BIGINT      NOT NULL,
    tag        VARCHAR(50) NOT NULL,
    PRIMARY KEY (product_id, tag),
    CONSTRAINT fk_product_tag_product FOREIGN KEY (product_id) REFERENCES product (id)
);
CREATE INDEX idx_product_tag_tag ON product_tag (tag);
