package io.tunemall.payment.api.gateway;

import java.util.Map;

/**
 * A webhook or callback as it arrived.
 *
 * @param headers request headers, names in lower case
 * @param body the raw body
 */
public record GatewayCallback(Map<String, String> headers, String body) {

    public GatewayCallback {
        headers = Map.copyOf(headers);
    }
}
