package io.tunemall.payment.toss;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the Toss Payments adapter reaches Toss.
 *
 * @param gatewayId the id payments record ("toss")
 * @param baseUrl the API's address ({@code https://api.tosspayments.com}; a stand-in's in tests)
 * @param secretKey the secret key, sent as HTTP Basic user name with an empty password
 * @param clientKey the client key for the checkout page's widget
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
public record TossSettings(String gatewayId, URI baseUrl, String secretKey, String clientKey, Duration connectTimeout,
        Duration readTimeout) {

    public TossSettings {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(secretKey, "secretKey");
        clientKey = clientKey == null ? "" : clientKey;
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    @Override
    public String toString() {
        return "TossSettings[" + gatewayId + ", " + baseUrl + "]";
    }
}
