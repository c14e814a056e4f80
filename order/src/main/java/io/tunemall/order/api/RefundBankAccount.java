package io.tunemall.order.api;

import java.util.Objects;

/**
 * The shopper's own bank account a virtual-account payment is refunded to. Passed on to the gateway, never stored.
 *
 * @param bank the bank as the gateway names it (a code such as {@code 88} or a name such as {@code 신한})
 * @param accountNumber digits only
 * @param holderName the account holder
 */
public record RefundBankAccount(String bank, String accountNumber, String holderName) {

    public RefundBankAccount {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(holderName, "holderName");
        accountNumber = accountNumber.replaceAll("\\D", "");
    }

    @Override
    public String toString() {
        return "RefundBankAccount[" + bank + ", ****]";
    }
}
