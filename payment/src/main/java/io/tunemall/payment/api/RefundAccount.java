package io.tunemall.payment.api;

import java.util.Objects;

/**
 * The shopper's own bank account a virtual-account payment is refunded to (a virtual account cannot take money back).
 * Passed to the gateway with the cancel, never stored.
 *
 * @param bank the bank as the gateway names it (Toss: a bank code such as {@code 88} or a name such as {@code 신한})
 * @param accountNumber the account number, digits only
 * @param holderName the account holder's name
 */
public record RefundAccount(String bank, String accountNumber, String holderName) {

    public RefundAccount {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(holderName, "holderName");
    }

    @Override
    public String toString() {
        String digits = accountNumber.length() <= 4 ? accountNumber : accountNumber.substring(accountNumber.length() - 4);
        return "RefundAccount[" + bank + ", ****" + digits + "]";
    }
}
