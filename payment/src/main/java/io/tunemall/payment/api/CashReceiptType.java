package io.tunemall.payment.api;

/** What a cash receipt (현금영수증) is for, as the shopper chose it. */
public enum CashReceiptType {
    /** 소득공제: for the shopper's income tax deduction, identified by a phone or resident number. */
    INCOME_DEDUCTION,
    /** 지출증빙: proof of expense for a business, identified by its business number. */
    EXPENSE_PROOF
}
