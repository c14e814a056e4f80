-- Each order line keeps whether its product was tax-free when ordered, and the order keeps the tax-free part of what
-- it charged (Toss Payments' taxFreeAmount): the charged amounts of its tax-free lines after discounts and points
-- (see TaxFreeAmounts). Orders placed before this migration were all charged as taxable: FALSE and 0 are true of them.
ALTER TABLE shop_order_line ADD COLUMN tax_free BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE shop_order ADD COLUMN tax_free_amount BIGINT NOT NULL DEFAULT 0;

-- The tax-free part of each refund, sent with it (and with its retries) to the payment module. NULL for refunds
-- recorded before: the payment module works the part out itself for those, as it did when they were recorded.
ALTER TABLE order_refund ADD COLUMN tax_free_amount BIGINT NULL;
