package io.tunemall.payment.testgateway;

import io.tunemall.payment.api.ApprovalStep;
import io.tunemall.payment.api.PaymentFailure;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.VirtualAccount;
import io.tunemall.payment.api.gateway.CashReceiptIssue;
import io.tunemall.payment.api.gateway.CashReceiptIssued;
import io.tunemall.payment.api.gateway.GatewayAlreadyProcessed;
import io.tunemall.payment.api.gateway.GatewayCallback;
import io.tunemall.payment.api.gateway.GatewayCancel;
import io.tunemall.payment.api.gateway.GatewayCheckout;
import io.tunemall.payment.api.gateway.GatewayConfirm;
import io.tunemall.payment.api.gateway.GatewayDeclined;
import io.tunemall.payment.api.gateway.GatewayNotification;
import io.tunemall.payment.api.gateway.GatewayPayment;
import io.tunemall.payment.api.gateway.GatewayStatus;
import io.tunemall.payment.api.gateway.PaymentGateway;
import io.tunemall.platform.time.ShopClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in test gateway: a gateway that lives in the shop's own database and moves no money, so that the whole
 * purchase works on the embedded default. It behaves like Toss Payments where it matters to the shop: the shopper
 * approves on its own page ({@code /pay/test/{token}}) and comes back with {@code paymentKey}, {@code orderId} and
 * {@code amount}; confirm takes the amount once per payment key and idempotency key, refuses another amount and
 * answers {@code ALREADY_PROCESSED_PAYMENT} to a second confirm with a new key; virtual accounts wait for a deposit
 * that its page can make, announced by a deposit callback carrying the account's secret.
 */
public class TestGateway implements PaymentGateway {

    public static final String ID = "test";
    static final String APPROVAL_PATH = "/pay/test/";
    static final String TEST_BANK = "테스트은행";
    private static final Duration DEPOSIT_WINDOW = Duration.ofDays(3);

    private final TestSessions sessions;
    private final ShopClock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SecureRandom random = new SecureRandom();

    TestGateway(TestSessions sessions, ShopClock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ApprovalStep prepare(GatewayCheckout checkout) {
        String token = randomHex(16);
        sessions.open(token, checkout.order(), checkout.escrow(), clock.now());
        return ApprovalStep.redirect(APPROVAL_PATH + token);
    }

    @Override
    public GatewayPayment confirm(GatewayConfirm confirm) {
        TestSession session = sessions.byPaymentKey(confirm.paymentKey())
                .orElseThrow(() -> new GatewayDeclined("NOT_FOUND_PAYMENT_SESSION", "결제 시간이 만료되어 결제 진행 데이터가 존재하지 않습니다."));
        if (!session.orderNumber().equals(confirm.orderNumber())) {
            throw new GatewayDeclined("INVALID_REQUEST", "주문번호가 결제와 일치하지 않습니다.");
        }
        if (!session.amount().equals(confirm.amount())) {
            throw new GatewayDeclined("INVALID_REQUEST", "결제 금액이 승인된 금액과 일치하지 않습니다.");
        }
        boolean account = session.method() == PaymentMethod.VIRTUAL_ACCOUNT;
        String accountNumber = account ? "T" + randomDigits(13) : null;
        String secret = account ? "ps_" + randomHex(12) : null;
        if (sessions.charge(confirm.paymentKey(), account ? "WAITING_FOR_DEPOSIT" : "DONE", confirm.idempotencyKey(),
                accountNumber, secret, clock.now())) {
            return report(sessions.byPaymentKey(confirm.paymentKey()).orElseThrow());
        }
        TestSession after = sessions.byPaymentKey(confirm.paymentKey()).orElseThrow();
        if (confirm.idempotencyKey().equals(after.confirmKey())) {
            return report(after); // the same request again: the same answer, nothing taken twice
        }
        if ("READY".equals(after.state())) {
            throw new GatewayDeclined("NOT_FOUND_PAYMENT_SESSION", "구매자가 결제를 승인하지 않았습니다.");
        }
        throw new GatewayAlreadyProcessed("ALREADY_PROCESSED_PAYMENT", "이미 처리된 결제 입니다.");
    }

    @Override
    public GatewayPayment cancel(GatewayCancel cancel) {
        TestSession session = sessions.byPaymentKey(cancel.paymentKey())
                .orElseThrow(() -> new GatewayDeclined("NOT_FOUND_PAYMENT", "존재하지 않는 결제 정보 입니다."));
        boolean unpaidAccount = "WAITING_FOR_DEPOSIT".equals(session.state());
        boolean deposited = session.method() == PaymentMethod.VIRTUAL_ACCOUNT && !unpaidAccount;
        if (deposited && cancel.refundAccount() == null) {
            throw new GatewayDeclined("INVALID_REFUND_ACCOUNT_INFO", "환불 계좌번호와 예금주명이 필요합니다.");
        }
        if (!sessions.giveBack(cancel.paymentKey(), cancel.amount(), unpaidAccount, clock.now())) {
            throw new GatewayDeclined("NOT_CANCELABLE_AMOUNT", "취소 할 수 없는 금액 입니다.");
        }
        return report(sessions.byPaymentKey(cancel.paymentKey()).orElseThrow());
    }

    @Override
    public Optional<GatewayPayment> query(String orderNumber, String paymentKey) {
        Optional<TestSession> session = paymentKey == null ? sessions.latestApproved(orderNumber)
                : sessions.byPaymentKey(paymentKey);
        return session.map(this::report);
    }

    /** Reads the test gateway's deposit callback: {@code {"orderId", "status", "secret", "createdAt"}}. */
    @Override
    public GatewayNotification read(GatewayCallback callback) {
        JsonNode body;
        try {
            body = json.readTree(callback.body());
        } catch (RuntimeException unreadable) {
            throw new GatewayDeclined("INVALID_CALLBACK", "Not JSON");
        }
        if (!body.hasNonNull("orderId") || !body.hasNonNull("status")) {
            throw new GatewayDeclined("INVALID_CALLBACK", "No orderId or status");
        }
        return new GatewayNotification(GatewayNotification.Kind.DEPOSIT, body.get("orderId").asString(), null,
                GatewayStatus.valueOf(body.get("status").asString()),
                body.hasNonNull("secret") ? body.get("secret").asString() : null,
                body.hasNonNull("createdAt") ? Instant.parse(body.get("createdAt").asString()) : clock.now());
    }

    @Override
    public CashReceiptIssued issueCashReceipt(CashReceiptIssue issue) {
        sessions.receiptIssued(issue.orderNumber(), issue.type().name());
        return new CashReceiptIssued("test-receipt-" + issue.orderNumber(), "T" + randomDigits(9));
    }

    private GatewayPayment report(TestSession session) {
        GatewayStatus status = switch (session.state()) {
            case "READY" -> GatewayStatus.READY;
            case "APPROVED" -> GatewayStatus.IN_PROGRESS;
            default -> GatewayStatus.valueOf(session.state());
        };
        boolean approved = status == GatewayStatus.DONE || status == GatewayStatus.CANCELED
                || status == GatewayStatus.PARTIAL_CANCELED;
        VirtualAccount account = session.accountNumber() == null ? null
                : new VirtualAccount(TEST_BANK, session.accountNumber(), session.updatedAt().plus(DEPOSIT_WINDOW));
        PaymentFailure failure = status == GatewayStatus.ABORTED
                ? new PaymentFailure("REJECT_CARD_COMPANY", "카드사에서 결제를 거절했습니다 (테스트).") : null;
        return new GatewayPayment(status, session.paymentKey(), session.orderNumber(), session.method(), session.amount(),
                session.balance(), approved ? session.updatedAt() : null, account, session.depositSecret(),
                session.cashReceiptType() != null && approved, session.paymentKey() + "-" + session.charges(), failure);
    }

    String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private String randomDigits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
