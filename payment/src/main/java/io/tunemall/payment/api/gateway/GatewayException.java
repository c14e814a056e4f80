package io.tunemall.payment.api.gateway;

/** Something a gateway answered other than success. */
public abstract class GatewayException extends RuntimeException {

    private final String code;

    protected GatewayException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The gateway's error code, or the platform's ({@code TIMEOUT}, {@code NETWORK}) when there was no answer. */
    public String code() {
        return code;
    }
}
