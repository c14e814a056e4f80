package io.tunemall.payment.api;

import java.util.Map;

/**
 * Where a gateway's webhooks and callbacks come in (the storefront API mounts it at
 * {@code POST /api/v1/storefront/payments/{gateway}/webhook}). Each is verified before anything changes: a
 * virtual-account deposit callback by the secret the gateway issued with the account, an unsigned status webhook by
 * asking the gateway itself. Receiving the same callback again changes nothing.
 */
public interface PaymentCallbacks {

    /**
     * @param gateway the gateway id in the webhook URL
     * @param headers the request headers, names in lower case
     * @param body the raw request body
     * @throws PaymentRejected {@code payment-callback-rejected} (401) when it cannot be verified,
     *         {@code payment-not-found} for an unknown gateway or order
     */
    void receive(String gateway, Map<String, String> headers, String body);
}
