package io.tunemall.payment.api;

import java.util.Set;

/**
 * The shop owner's payment settings. Until the owner saves them, the configuration's defaults
 * ({@code tunemall.payment.*}) apply. Payments begun earlier stay with the gateway they began on.
 */
public interface PaymentSettings {

    PaymentOptions options();

    /**
     * Switches gateway, methods and escrow.
     *
     * @param changedBy who changed them, for the record
     * @throws PaymentRejected {@code payment-gateway-unknown} for a gateway this installation does not have, or
     *         {@code payment-invalid} for an empty method set
     */
    PaymentOptions change(String gateway, Set<PaymentMethod> methods, boolean escrow, String changedBy);
}
