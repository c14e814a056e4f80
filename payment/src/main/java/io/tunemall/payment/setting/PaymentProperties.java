package io.tunemall.payment.setting;

import io.tunemall.payment.api.PaymentMethod;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code tunemall.payment.*}; each default is documented in application.yml.
 *
 * @param gateway the gateway new payments use until the owner chooses one in the settings
 * @param methods the payment methods offered until the owner chooses
 * @param escrow whether cash payments use the gateway's escrow until the owner chooses
 * @param confirmWait how long a second confirm of the same order waits for the first one's outcome
 * @param reconcileEvery how often the reconciliation job looks for unsettled payments
 * @param reconcileAfter how long a confirm may be under way before the job treats it as stalled (longer than the
 *        gateways' read timeout)
 * @param testGateway whether the built-in test gateway is available
 * @param toss the Toss Payments adapter; available when a secret key is set
 */
@ConfigurationProperties("tunemall.payment")
public record PaymentProperties(
        @DefaultValue("test") String gateway,
        @DefaultValue({"CARD", "TRANSFER", "VIRTUAL_ACCOUNT", "NAVER_PAY", "KAKAO_PAY", "TOSS_PAY"}) Set<PaymentMethod> methods,
        @DefaultValue("true") boolean escrow,
        @DefaultValue("15s") Duration confirmWait,
        @DefaultValue("1m") Duration reconcileEvery,
        @DefaultValue("2m") Duration reconcileAfter,
        @DefaultValue("true") boolean testGateway,
        @DefaultValue Toss toss) {

    /**
     * @param baseUrl the API's address
     * @param secretKey the shop's secret key ({@code live_sk_...} or {@code test_sk_...}); empty leaves the adapter off
     * @param clientKey the client key the checkout page's widget is loaded with ({@code live_gck_...})
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for an answer; a confirm without an answer by then is UNKNOWN and reconciled
     */
    public record Toss(
            @DefaultValue("https://api.tosspayments.com") URI baseUrl,
            @DefaultValue("") String secretKey,
            @DefaultValue("") String clientKey,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("30s") Duration readTimeout) {

        public boolean configured() {
            return !secretKey.isBlank();
        }

        @Override
        public String toString() {
            return "Toss[" + baseUrl + ", secretKey=" + (configured() ? "****" : "") + "]";
        }
    }
}
