package io.tunemall.payment.api;

import io.tunemall.sdk.Money;

/**
 * What the built-in test gateway's approval page shows.
 *
 * @param token the approval session, in the page's URL
 * @param orderNumber the order
 * @param orderName what is being paid
 * @param amount how much
 * @param method how
 * @param state the test gateway's own state of it: READY (waiting for a button), APPROVED (sent back to the shop),
 *        DONE, WAITING_FOR_DEPOSIT, CANCELED, PARTIAL_CANCELED, ABORTED or EXPIRED
 * @param virtualAccountNumber the issued account, for a virtual account waiting for its deposit
 */
public record TestApproval(String token, String orderNumber, String orderName, Money amount, PaymentMethod method,
        String state, String virtualAccountNumber) {

    public boolean awaitsShopper() {
        return "READY".equals(state);
    }

    public boolean awaitsDeposit() {
        return "WAITING_FOR_DEPOSIT".equals(state);
    }
}
