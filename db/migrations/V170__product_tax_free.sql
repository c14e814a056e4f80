-- Prices are VAT-inclusive; a product is either taxable (과세, the default: every product before this migration was
-- sold as taxable) or tax-free (면세, e.g. fresh produce, books). Orders snapshot the flag per line, so changing it
-- later never changes what an order already charged.
ALTER TABLE product ADD COLUMN tax_free BOOLEAN NOT NULL DEFAULT FALSE;
