package io.tunemall.payment;

import io.tunemall.payment.api.ApprovalStep;
import io.tunemall.payment.api.gateway.CashReceiptIssue;
import io.tunemall.payment.api.gateway.CashReceiptIssued;
import io.tunemall.payment.api.gateway.GatewayCallback;
import io.tunemall.payment.api.gateway.GatewayCancel;
import io.tunemall.payment.api.gateway.GatewayCheckout;
import io.tunemall.payment.api.gateway.GatewayConfirm;
import io.tunemall.payment.api.gateway.GatewayNotification;
import io.tunemall.payment.api.gateway.GatewayPayment;
import io.tunemall.payment.api.gateway.GatewayUnavailable;
import io.tunemall.payment.api.gateway.PaymentGateway;
import io.tunemall.payment.toss.TossPaymentsGateway;
import io.tunemall.payment.toss.TossSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The real Toss Payments adapter registered in the shared test context under its own gateway id, pointed by each test
 * class at its own WireMock server. The context is not forked: only this bean's target changes.
 */
@Component
public class TossStandIn implements PaymentGateway {

    public static final String ID = "toss-standin";
    public static final String SECRET_KEY = "test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R";
    public static final String CLIENT_KEY = "test_gck_docs_Ovk5rk1EwkEbP0W43n07xlzm";

    private volatile PaymentGateway target;

    public void pointAt(String baseUrl, Duration readTimeout) {
        target = new TossPaymentsGateway(new TossSettings(ID, URI.create(baseUrl), SECRET_KEY, CLIENT_KEY,
                Duration.ofSeconds(1), readTimeout));
    }

    private PaymentGateway target() {
        PaymentGateway current = target;
        if (current == null) {
            throw new GatewayUnavailable("NETWORK", "The Toss stand-in is not running", null);
        }
        return current;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ApprovalStep prepare(GatewayCheckout checkout) {
        return target().prepare(checkout);
    }

    @Override
    public GatewayPayment confirm(GatewayConfirm confirm) {
        return target().confirm(confirm);
    }

    @Override
    public GatewayPayment cancel(GatewayCancel cancel) {
        return target().cancel(cancel);
    }

    @Override
    public Optional<GatewayPayment> query(String orderNumber, String paymentKey) {
        return target().query(orderNumber, paymentKey);
    }

    @Override
    public GatewayNotification read(GatewayCallback callback) {
        return target().read(callback);
    }

    @Override
    public CashReceiptIssued issueCashReceipt(CashReceiptIssue issue) {
        return target().issueCashReceipt(issue);
    }
}
