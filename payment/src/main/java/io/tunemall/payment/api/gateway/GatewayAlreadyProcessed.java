package io.tunemall.payment.api.gateway;

/**
 * The gateway already carried out this request (for example a confirm that went through although its answer was
 * lost): ask it where the payment stands.
 */
public class GatewayAlreadyProcessed extends GatewayException {

    public GatewayAlreadyProcessed(String code, String message) {
        super(code, message, null);
    }
}
