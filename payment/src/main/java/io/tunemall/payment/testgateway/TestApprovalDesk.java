package io.tunemall.payment.testgateway;

import io.tunemall.payment.api.PaymentCallbacks;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.TestApproval;
import io.tunemall.payment.api.TestGatewayApprovals;
import io.tunemall.platform.time.ShopClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test gateway's approval page behind its buttons. Each answers where the shopper goes next, in the shape Toss
 * Payments uses, so the shop's success and fail pages work the same with either gateway.
 */
class TestApprovalDesk implements TestGatewayApprovals {

    static final String DECLINED_CODE = "REJECT_CARD_COMPANY";
    static final String CANCELLED_CODE = "PAY_PROCESS_CANCELED";

    private final TestSessions sessions;
    private final TestGateway gateway;
    private final PaymentCallbacks callbacks;
    private final ShopClock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    TestApprovalDesk(TestSessions sessions, TestGateway gateway, PaymentCallbacks callbacks, ShopClock clock) {
        this.sessions = sessions;
        this.gateway = gateway;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    @Override
    public Optional<TestApproval> find(String token) {
        return sessions.byToken(token).map(session -> new TestApproval(session.token(), session.orderNumber(),
                session.orderName(), session.amount(), session.method(), session.state(), session.accountNumber()));
    }

    @Override
    public String approve(String token) {
        TestSession session = waiting(token);
        String paymentKey = "tgen_" + gateway.randomHex(16);
        if (!sessions.approve(token, paymentKey, clock.now())) {
            throw answered(token);
        }
        return withParameters(session.successUrl(), Map.of("paymentKey", paymentKey, "orderId", session.orderNumber(),
                "amount", String.valueOf(session.amount().won())));
    }

    @Override
    public String fail(String token) {
        TestSession session = waiting(token);
        if (!sessions.move(token, "READY", "ABORTED", clock.now())) {
            throw answered(token);
        }
        return withParameters(session.failUrl(), Map.of("code", DECLINED_CODE,
                "message", "카드사에서 결제를 거절했습니다 (테스트 결제).", "orderId", session.orderNumber()));
    }

    @Override
    public String cancel(String token) {
        TestSession session = waiting(token);
        if (!sessions.move(token, "READY", "EXPIRED", clock.now())) {
            throw answered(token);
        }
        return withParameters(session.failUrl(), Map.of("code", CANCELLED_CODE,
                "message", "사용자에 의해 결제가 취소되었습니다.", "orderId", session.orderNumber()));
    }

    @Override
    public void deposit(String token) {
        TestSession session = sessions.byToken(token).orElseThrow(() -> PaymentRejected.notFound("test payment " + token));
        Instant now = clock.now();
        if (!sessions.move(token, "WAITING_FOR_DEPOSIT", "DONE", now)) {
            throw PaymentRejected.conflict("payment-not-waiting", "This test payment does not wait for a deposit");
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("createdAt", now.toString());
        body.put("secret", session.depositSecret());
        body.put("status", "DONE");
        body.put("orderId", session.orderNumber());
        callbacks.receive(TestGateway.ID, Map.of("content-type", "application/json"), json.writeValueAsString(body));
    }

    private TestSession waiting(String token) {
        TestSession session = sessions.byToken(token).orElseThrow(() -> PaymentRejected.notFound("test payment " + token));
        if (!"READY".equals(session.state())) {
            throw answered(token);
        }
        return session;
    }

    private static PaymentRejected answered(String token) {
        return PaymentRejected.conflict("payment-already-answered", "This test payment was answered already");
    }

    static String withParameters(String url, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return url + (url.contains("?") ? "&" : "?") + query;
    }
}
