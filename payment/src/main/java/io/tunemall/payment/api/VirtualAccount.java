package io.tunemall.payment.api;

import java.time.Instant;

/**
 * The account a shopper deposits into for a virtual-account payment.
 *
 * @param bank the bank's name or code as the gateway gave it
 * @param accountNumber the account number to show the shopper
 * @param dueAt until when the deposit is accepted
 */
public record VirtualAccount(String bank, String accountNumber, Instant dueAt) {
}
