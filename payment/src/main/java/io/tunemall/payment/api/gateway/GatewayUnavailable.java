package io.tunemall.payment.api.gateway;

/**
 * No usable answer (timeout, connection lost, a server error of the gateway): the request may or may not have been
 * carried out. Send it again with the same idempotency key, or ask the gateway where the payment stands.
 */
public class GatewayUnavailable extends GatewayException {

    public GatewayUnavailable(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
