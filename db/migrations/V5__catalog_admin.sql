-- Catalog administration: thumbnails of uploaded product images, and the indexes the admin product list sorts by.

-- Thumbnails generated on upload, as paths in the media store: card (300 px wide, listing cards) and detail
-- (600 px wide, the product page). NULL for images that need none (the demo shop's SVG drawings scale by themselves).
ALTER TABLE product_image ADD COLUMN card_path VARCHAR(500) NULL;
ALTER TABLE product_image ADD COLUMN detail_path VARCHAR(500) NULL;

-- The admin product list is sorted by newest or last edited first over the whole catalog (500,000 products).
CREATE INDEX idx_product_created ON product (created_at, id);
CREATE INDEX idx_product_updated ON product (updated_at, id);
CREATE INDEX idx_product_price ON product (price, id);

-- The list's stock filters (in stock, low, sold out) read only this index instead of every variant row.
CREATE INDEX idx_product_variant_stock ON product_variant (product_id, stock);
