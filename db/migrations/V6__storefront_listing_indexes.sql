-- Storefront listings at half a million products: each sort, filter and facet of a category reads the category's
-- listed products from one index (category_id, status first) instead of the product rows.
--   new arrivals: idx_product_category_status (category_id, status, created_at) from V3
--   popular:      idx_product_listing_popular
--   price sorts, price filter and price bands (sale windows included): idx_product_listing_price
--   brand facet and brand filter: idx_product_listing_brand
CREATE INDEX idx_product_listing_popular ON product (category_id, status, popularity);
CREATE INDEX idx_product_listing_price ON product (category_id, status, price, sale_price, sale_starts_at, sale_ends_at);
CREATE INDEX idx_product_listing_brand ON product (category_id, status, brand_id);

-- "In stock only" and the sold-out mark of a card use idx_product_variant_stock (product_id, stock) from V5.

-- Option facets count (axis, value) over a category's products and keep the owner's order, from the index alone.
CREATE INDEX idx_product_option_facet ON product_option (product_id, axis, option_value, sort_order);
