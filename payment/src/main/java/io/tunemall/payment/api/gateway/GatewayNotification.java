package io.tunemall.payment.api.gateway;

import java.time.Instant;

/**
 * What a callback says, once read by the adapter.
 *
 * @param kind a virtual-account deposit callback (carries a secret to check), or a status change that must be
 *        confirmed by asking the gateway
 * @param orderNumber the order it is about
 * @param paymentKey the gateway's key, if the callback names it
 * @param status the status the callback reports
 * @param secret the deposit secret, for {@link Kind#DEPOSIT}
 * @param at when the gateway says it happened
 */
public record GatewayNotification(Kind kind, String orderNumber, String paymentKey, GatewayStatus status,
        String secret, Instant at) {

    public enum Kind {
        /** A virtual-account deposit (or its cancellation), authenticated by the account's deposit secret. */
        DEPOSIT,
        /** A status change the gateway does not sign: a hint to ask the gateway. */
        STATUS_CHANGED
    }
}
