package io.tunemall.payment.api.gateway;

/**
 * @param receiptKey the gateway's key of the receipt
 * @param issueNumber the approval number of the National Tax Service, when already known
 */
public record CashReceiptIssued(String receiptKey, String issueNumber) {
}
