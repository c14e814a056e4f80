package io.tunemall.order.api;

/**
 * How the shopper chose to pay at checkout. The order module passes it on to the payment step untouched: which methods
 * exist and which the shop offers is the payment module's business, checked by the storefront before the order is
 * placed.
 *
 * @param method the payment method's name ({@code CARD}, {@code TRANSFER}, {@code VIRTUAL_ACCOUNT}, {@code NAVER_PAY},
 *     ...); null means card
 * @param cashReceiptType for a cash method, the cash receipt asked for ({@code INCOME_DEDUCTION} or
 *     {@code EXPENSE_PROOF}), or null for none
 * @param cashReceiptIdentity the phone or business number the receipt is issued to; handed to the gateway, never
 *     stored with the order
 */
public record PaymentChoice(String method, String cashReceiptType, String cashReceiptIdentity) {

    public static final PaymentChoice CARD = new PaymentChoice("CARD", null, null);

    public PaymentChoice {
        method = method == null || method.isBlank() ? "CARD" : method.strip();
        cashReceiptType = cashReceiptType == null || cashReceiptType.isBlank() ? null : cashReceiptType.strip();
        cashReceiptIdentity = cashReceiptType == null || cashReceiptIdentity == null ? null
                : cashReceiptIdentity.replaceAll("[^0-9]", "");
    }

    public boolean wantsCashReceipt() {
        return cashReceiptType != null;
    }

    @Override
    public String toString() {
        return "PaymentChoice[" + method + (cashReceiptType == null ? "" : ", " + cashReceiptType) + "]";
    }
}
