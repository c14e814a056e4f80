package io.tunemall.payment.api.gateway;

/** The gateway refused the request for good (a declined card, a bad amount): nothing happened there. */
public class GatewayDeclined extends GatewayException {

    public GatewayDeclined(String code, String message) {
        super(code, message, null);
    }
}
