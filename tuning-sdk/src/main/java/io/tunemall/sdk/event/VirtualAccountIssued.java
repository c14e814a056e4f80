package io.tunemall.sdk.event;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * A virtual account was issued for an order; the order waits for the shopper's deposit.
 *
 * @param orderNumber the order's number
 * @param amount the amount to deposit
 * @param bank the bank as the gateway named it
 * @param accountNumber the account to deposit into
 * @param dueAt until when the deposit is accepted
 * @since 1.0.0
 */
public record VirtualAccountIssued(String orderNumber, Money amount, String bank, String accountNumber, Instant dueAt) {
}
