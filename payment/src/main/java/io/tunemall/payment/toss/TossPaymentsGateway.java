package io.tunemall.payment.toss;

import io.tunemall.payment.api.ApprovalStep;
import io.tunemall.payment.api.CashReceiptType;
import io.tunemall.payment.api.PaymentOrder;
import io.tunemall.payment.api.gateway.CashReceiptIssue;
import io.tunemall.payment.api.gateway.CashReceiptIssued;
import io.tunemall.payment.api.gateway.GatewayCallback;
import io.tunemall.payment.api.gateway.GatewayCancel;
import io.tunemall.payment.api.gateway.GatewayCheckout;
import io.tunemall.payment.api.gateway.GatewayConfirm;
import io.tunemall.payment.api.gateway.GatewayDeclined;
import io.tunemall.payment.api.gateway.GatewayNotification;
import io.tunemall.payment.api.gateway.GatewayPayment;
import io.tunemall.payment.api.gateway.GatewayStatus;
import io.tunemall.payment.api.gateway.PaymentGateway;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Toss Payments (토스페이먼츠) through its REST API v1, for the payment widget flow: the checkout page renders Toss's
 * widget with the shop's client key and the order's values ({@link #prepare}); Toss sends the shopper back to the
 * success URL with {@code paymentKey}, {@code orderId} and {@code amount}; the server confirms with
 * {@code POST /v1/payments/confirm}. Cancels go to {@code POST /v1/payments/{paymentKey}/cancel} (with the shopper's
 * refund account for a deposited virtual account), status queries to {@code GET /v1/payments/{paymentKey}} or
 * {@code GET /v1/payments/orders/{orderId}}, cash receipts to {@code POST /v1/cash-receipts}. Every POST carries an
 * {@code Idempotency-Key}: Toss answers a repeated key with the first answer and does nothing twice.
 */
public class TossPaymentsGateway implements PaymentGateway {

    /** Toss's customer key for a shopper without a saved payment method (the widget's {@code ANONYMOUS}). */
    static final String ANONYMOUS = "ANONYMOUS";

    private final TossSettings settings;
    private final TossClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    public TossPaymentsGateway(TossSettings settings) {
        this.settings = settings;
        this.client = new TossClient(settings);
    }

    @Override
    public String id() {
        return settings.gatewayId();
    }

    /**
     * The widget's parameters; names as Toss's JavaScript SDK v2 takes them (see the storefront's payment fragment).
     * Nothing is sent to Toss here: in the widget flow the payment is created by the shopper's browser.
     */
    @Override
    public ApprovalStep prepare(GatewayCheckout checkout) {
        PaymentOrder order = checkout.order();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("clientKey", settings.clientKey());
        parameters.put("customerKey", ANONYMOUS);
        parameters.put("orderId", order.orderNumber());
        parameters.put("orderName", order.orderName());
        parameters.put("amount", String.valueOf(order.amount().won()));
        parameters.put("taxFreeAmount", String.valueOf(order.taxFreeAmount().won()));
        parameters.put("successUrl", order.successUrl());
        parameters.put("failUrl", order.failUrl());
        putIfPresent(parameters, "customerName", order.customerName());
        putIfPresent(parameters, "customerEmail", order.customerEmail());
        putIfPresent(parameters, "customerMobilePhone", order.customerPhone());
        switch (order.method()) {
            case CARD -> parameters.put("method", "CARD");
            case TRANSFER -> parameters.put("method", "TRANSFER");
            case VIRTUAL_ACCOUNT -> parameters.put("method", "VIRTUAL_ACCOUNT");
            case NAVER_PAY -> wallet(parameters, "NAVERPAY");
            case KAKAO_PAY -> wallet(parameters, "KAKAOPAY");
            case TOSS_PAY -> wallet(parameters, "TOSSPAY");
        }
        if (order.method().isCash()) {
            parameters.put("useEscrow", String.valueOf(checkout.escrow()));
            if (order.cashReceipt() != null) {
                parameters.put("cashReceiptType", receiptType(order.cashReceipt().type()));
            }
        }
        return ApprovalStep.widget(parameters);
    }

    @Override
    public GatewayPayment confirm(GatewayConfirm confirm) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paymentKey", confirm.paymentKey());
        body.put("orderId", confirm.orderNumber());
        body.put("amount", confirm.amount().won());
        return TossPayments.read(client.post("/v1/payments/confirm", body, confirm.idempotencyKey()));
    }

    @Override
    public GatewayPayment cancel(GatewayCancel cancel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cancelReason", cancel.reason().length() > 200 ? cancel.reason().substring(0, 200) : cancel.reason());
        body.put("cancelAmount", cancel.amount().won());
        body.put("taxFreeAmount", cancel.taxFreeAmount().won());
        if (cancel.refundAccount() != null) {
            body.put("refundReceiveAccount", Map.of("bank", cancel.refundAccount().bank(),
                    "accountNumber", cancel.refundAccount().accountNumber(),
                    "holderName", cancel.refundAccount().holderName()));
        }
        return TossPayments.read(client.post("/v1/payments/{paymentKey}/cancel", body, cancel.idempotencyKey(),
                cancel.paymentKey()));
    }

    @Override
    public Optional<GatewayPayment> query(String orderNumber, String paymentKey) {
        Optional<JsonNode> payment = paymentKey != null
                ? client.find("/v1/payments/{paymentKey}", paymentKey)
                : client.find("/v1/payments/orders/{orderId}", orderNumber);
        return payment.map(TossPayments::read);
    }

    /**
     * Toss sends two kinds: a virtual-account deposit callback ({@code DEPOSIT_CALLBACK}: {@code createdAt},
     * {@code secret}, {@code status}, {@code transactionKey}, {@code orderId}; the secret is the one Toss returned
     * with the issued account), and {@code PAYMENT_STATUS_CHANGED} ({@code eventType}, {@code createdAt},
     * {@code data}: the Payment object), which Toss does not sign and which is therefore only a hint to ask.
     */
    @Override
    public GatewayNotification read(GatewayCallback callback) {
        JsonNode body;
        try {
            body = json.readTree(callback.body());
        } catch (JacksonException notJson) {
            throw new GatewayDeclined("INVALID_CALLBACK", "The body is not JSON");
        }
        String eventType = TossPayments.text(body, "eventType");
        if ("PAYMENT_STATUS_CHANGED".equals(eventType) && body.hasNonNull("data")) {
            JsonNode data = body.get("data");
            return new GatewayNotification(GatewayNotification.Kind.STATUS_CHANGED, required(data, "orderId"),
                    TossPayments.text(data, "paymentKey"), GatewayStatus.valueOf(required(data, "status")), null,
                    createdAt(body));
        }
        JsonNode deposit = "DEPOSIT_CALLBACK".equals(eventType) && body.hasNonNull("data") ? body.get("data") : body;
        if (!deposit.hasNonNull("secret")) {
            throw new GatewayDeclined("INVALID_CALLBACK", "Neither a deposit callback nor a status webhook");
        }
        return new GatewayNotification(GatewayNotification.Kind.DEPOSIT, required(deposit, "orderId"),
                TossPayments.text(deposit, "paymentKey"), GatewayStatus.valueOf(required(deposit, "status")),
                TossPayments.text(deposit, "secret"), createdAt(body.hasNonNull("createdAt") ? body : deposit));
    }

    @Override
    public CashReceiptIssued issueCashReceipt(CashReceiptIssue issue) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", issue.amount().won());
        body.put("orderId", issue.orderNumber());
        body.put("orderName", issue.orderName());
        body.put("customerIdentityNumber", issue.identity());
        body.put("type", receiptType(issue.type()));
        body.put("taxFreeAmount", issue.taxFreeAmount().won());
        JsonNode receipt = client.post("/v1/cash-receipts", body, issue.idempotencyKey());
        return new CashReceiptIssued(TossPayments.text(receipt, "receiptKey"), TossPayments.text(receipt, "issueNumber"));
    }

    private static String receiptType(CashReceiptType type) {
        return type == CashReceiptType.EXPENSE_PROOF ? "지출증빙" : "소득공제";
    }

    private static void wallet(Map<String, String> parameters, String provider) {
        parameters.put("method", "CARD");
        parameters.put("easyPay", provider);
    }

    private static void putIfPresent(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value);
        }
    }

    private static String required(JsonNode node, String field) {
        String value = TossPayments.text(node, field);
        if (value == null) {
            throw new GatewayDeclined("INVALID_CALLBACK", "The callback has no " + field);
        }
        return value;
    }

    private static Instant createdAt(JsonNode node) {
        Instant at = TossPayments.instant(TossPayments.text(node, "createdAt"));
        return at == null ? Instant.now() : at;
    }
}
