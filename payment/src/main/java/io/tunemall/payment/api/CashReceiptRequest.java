package io.tunemall.payment.api;

import java.util.Objects;

/**
 * The cash receipt a shopper asked for at checkout, for a bank-transfer or virtual-account payment.
 *
 * @param type income deduction or proof of expense
 * @param identity the phone, card or business number the receipt is issued to; sent to the gateway, never stored
 */
public record CashReceiptRequest(CashReceiptType type, String identity) {

    public CashReceiptRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(identity, "identity");
    }

    @Override
    public String toString() {
        return "CashReceiptRequest[" + type + "]";
    }
}
