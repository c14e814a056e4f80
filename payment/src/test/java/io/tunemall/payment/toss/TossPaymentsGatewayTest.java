package io.tunemall.payment.toss;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.tunemall.payment.api.ApprovalStep;
import io.tunemall.payment.api.CashReceiptRequest;
import io.tunemall.payment.api.CashReceiptType;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOrder;
import io.tunemall.payment.api.RefundAccount;
import io.tunemall.payment.api.gateway.CashReceiptIssue;
import io.tunemall.payment.api.gateway.GatewayAlreadyProcessed;
import io.tunemall.payment.api.gateway.GatewayCallback;
import io.tunemall.payment.api.gateway.GatewayCancel;
import io.tunemall.payment.api.gateway.GatewayCheckout;
import io.tunemall.payment.api.gateway.GatewayConfirm;
import io.tunemall.payment.api.gateway.GatewayDeclined;
import io.tunemall.payment.api.gateway.GatewayNotification;
import io.tunemall.payment.api.gateway.GatewayPayment;
import io.tunemall.payment.api.gateway.GatewayStatus;
import io.tunemall.payment.api.gateway.GatewayUnavailable;
import io.tunemall.sdk.Money;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Toss Payments adapter against a local stand-in that answers as Toss's API documentation shows: the requests
 * it sends (paths, Basic authentication with the secret key and a colon, Idempotency-Key, JSON bodies) and how it
 * reads answers, refusals, server errors and silence.
 */
class TossPaymentsGatewayTest {

    static final String SECRET_KEY = "test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R";
    /** base64("test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R:") */
    static final String BASIC = "Basic dGVzdF9za196WExrS0V5cE5BcldtbzUwblgzbG1lYXhZRzVSOg==";

    static WireMockServer toss;
    TossPaymentsGateway gateway;

    @BeforeAll
    static void startStandIn() {
        toss = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        toss.start();
    }

    @AfterAll
    static void stopStandIn() {
        toss.stop();
    }

    @BeforeEach
    void reset() {
        toss.resetAll();
        gateway = gatewayWithReadTimeout(Duration.ofSeconds(2));
    }

    TossPaymentsGateway gatewayWithReadTimeout(Duration readTimeout) {
        return new TossPaymentsGateway(new TossSettings("toss", URI.create(toss.baseUrl()), SECRET_KEY,
                "test_gck_docs_Ovk5rk1EwkEbP0W43n07xlzm", Duration.ofSeconds(1), readTimeout));
    }

    @Test
    void confirm_posts_payment_key_order_id_and_amount_with_basic_auth_and_the_idempotency_key() {
        toss.stubFor(post(urlEqualTo("/v1/payments/confirm"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Idempotency-Key", equalTo("confirm-key-1"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"paymentKey\":\"tgen_pk1\",\"orderId\":\"20261123-000001\",\"amount\":39800}"))
                .willReturn(okJson(TossFixtures.payment("card", Map.of("paymentKey", "tgen_pk1",
                        "orderId", "20261123-000001", "amount", 39800, "balance", 39800, "status", "DONE")))));

        GatewayPayment payment = gateway.confirm(new GatewayConfirm("tgen_pk1", "20261123-000001", Money.won(39_800),
                "confirm-key-1"));

        assertThat(payment.status()).isEqualTo(GatewayStatus.DONE);
        assertThat(payment.paymentKey()).isEqualTo("tgen_pk1");
        assertThat(payment.orderNumber()).isEqualTo("20261123-000001");
        assertThat(payment.method()).isEqualTo(PaymentMethod.CARD);
        assertThat(payment.totalAmount()).isEqualTo(Money.won(39_800));
        assertThat(payment.approvedAt()).isEqualTo(Instant.parse("2026-11-23T01:15:21Z"));
        assertThat(payment.transactionKey()).isEqualTo("9C62B18EEF0DE3EB7F4422EB6D14BC6E");
        assertThat(payment.cashReceiptIssued()).isFalse();
        toss.verify(1, postRequestedFor(urlEqualTo("/v1/payments/confirm")));
    }

    @Test
    void a_refused_card_is_a_definitive_decline_with_tosss_code_and_message() {
        toss.stubFor(post(urlEqualTo("/v1/payments/confirm")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody(TossFixtures.error("REJECT_CARD_PAYMENT", "한도초과 혹은 잔액부족으로 결제에 실패했습니다."))));

        assertThatThrownBy(() -> gateway.confirm(new GatewayConfirm("pk", "20261123-000002", Money.won(1000), "k")))
                .isInstanceOfSatisfying(GatewayDeclined.class, declined -> {
                    assertThat(declined.code()).isEqualTo("REJECT_CARD_PAYMENT");
                    assertThat(declined.getMessage()).isEqualTo("한도초과 혹은 잔액부족으로 결제에 실패했습니다.");
                });
    }

    @Test
    void an_already_processed_payment_is_reported_as_such_not_as_a_decline() {
        toss.stubFor(post(urlEqualTo("/v1/payments/confirm")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(TossFixtures.error("ALREADY_PROCESSED_PAYMENT", "이미 처리된 결제 입니다."))));

        assertThatThrownBy(() -> gateway.confirm(new GatewayConfirm("pk", "20261123-000003", Money.won(1000), "k")))
                .isInstanceOf(GatewayAlreadyProcessed.class)
                .extracting(failure -> ((GatewayAlreadyProcessed) failure).code()).isEqualTo("ALREADY_PROCESSED_PAYMENT");
    }

    @Test
    void a_server_error_leaves_the_outcome_unknown() {
        toss.stubFor(post(urlEqualTo("/v1/payments/confirm")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody(TossFixtures.error("FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING",
                        "결제가 완료되지 않았어요. 다시 시도해주세요."))));

        assertThatThrownBy(() -> gateway.confirm(new GatewayConfirm("pk", "20261123-000004", Money.won(1000), "k")))
                .isInstanceOfSatisfying(GatewayUnavailable.class,
                        unknown -> assertThat(unknown.code()).isEqualTo("FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING"));
    }

    @Test
    void an_answer_slower_than_the_read_timeout_is_a_timeout_with_unknown_outcome() {
        toss.stubFor(post(urlEqualTo("/v1/payments/confirm")).willReturn(okJson(TossFixtures.payment("card", Map.of(
                "paymentKey", "pk", "orderId", "20261123-000005", "amount", 1000, "balance", 1000, "status", "DONE")))
                .withFixedDelay(1500)));
        TossPaymentsGateway impatient = gatewayWithReadTimeout(Duration.ofMillis(300));

        long started = System.nanoTime();
        assertThatThrownBy(() -> impatient.confirm(new GatewayConfirm("pk", "20261123-000005", Money.won(1000), "k")))
                .isInstanceOfSatisfying(GatewayUnavailable.class, unknown -> assertThat(unknown.code()).isEqualTo("TIMEOUT"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1400));
    }

    @Test
    void a_gateway_that_cannot_be_reached_is_a_network_failure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TossPaymentsGateway unreachable = new TossPaymentsGateway(new TossSettings("toss",
                URI.create("http://127.0.0.1:" + closedPort), SECRET_KEY, "", Duration.ofSeconds(1), Duration.ofSeconds(1)));

        assertThatThrownBy(() -> unreachable.query("20261123-000006", null))
                .isInstanceOfSatisfying(GatewayUnavailable.class, unknown -> assertThat(unknown.code()).isEqualTo("NETWORK"));
    }

    @Test
    void a_virtual_account_confirm_reports_the_account_its_bank_and_the_deposit_secret() {
        toss.stubFor(post(urlEqualTo("/v1/payments/confirm")).willReturn(okJson(TossFixtures.payment(
                "virtual-account-waiting", Map.of("paymentKey", "pk-va", "orderId", "20261123-000007", "amount", 30000,
                        "secret", "ps_eqRGgYO1r57E4Z541ZMW3QnN2Eya")))));

        GatewayPayment payment = gateway.confirm(new GatewayConfirm("pk-va", "20261123-000007", Money.won(30_000), "k"));

        assertThat(payment.status()).isEqualTo(GatewayStatus.WAITING_FOR_DEPOSIT);
        assertThat(payment.method()).isEqualTo(PaymentMethod.VIRTUAL_ACCOUNT);
        assertThat(payment.virtualAccount().bank()).isEqualTo("우리은행");
        assertThat(payment.virtualAccount().accountNumber()).isEqualTo("X6505636518308");
        assertThat(payment.virtualAccount().dueAt()).isEqualTo(Instant.parse("2026-11-30T14:59:59Z"));
        assertThat(payment.depositSecret()).isEqualTo("ps_eqRGgYO1r57E4Z541ZMW3QnN2Eya");
        assertThat(payment.approvedAt()).isNull();
    }

    @Test
    void an_easy_pay_payment_is_read_as_its_wallet() {
        toss.stubFor(get(urlEqualTo("/v1/payments/pk-naver")).willReturn(okJson(TossFixtures.payment("easy-pay-done",
                Map.of("paymentKey", "pk-naver", "orderId", "20261123-000008", "amount", 15000)))));

        assertThat(gateway.query("20261123-000008", "pk-naver")).get()
                .extracting(GatewayPayment::method).isEqualTo(PaymentMethod.NAVER_PAY);
    }

    @Test
    void cancel_posts_reason_amount_tax_free_part_and_the_refund_account_of_a_virtual_account() {
        toss.stubFor(post(urlEqualTo("/v1/payments/pk-va/cancel"))
                .withHeader("Authorization", equalTo(BASIC))
                .withHeader("Idempotency-Key", equalTo("cancel-key-1"))
                .withRequestBody(equalToJson("{\"cancelReason\":\"단순 변심\",\"cancelAmount\":10000,\"taxFreeAmount\":0,"
                        + "\"refundReceiveAccount\":{\"bank\":\"88\",\"accountNumber\":\"110123456789\",\"holderName\":\"김토스\"}}"))
                .willReturn(okJson(TossFixtures.payment("card", Map.of("paymentKey", "pk-va", "orderId", "20261123-000009",
                        "amount", 30000, "balance", 20000, "status", "PARTIAL_CANCELED")))));

        GatewayPayment after = gateway.cancel(new GatewayCancel("pk-va", "20261123-000009", Money.won(10_000), Money.ZERO,
                "단순 변심", new RefundAccount("88", "110123456789", "김토스"), "cancel-key-1"));

        assertThat(after.status()).isEqualTo(GatewayStatus.PARTIAL_CANCELED);
        assertThat(after.balanceAmount()).isEqualTo(Money.won(20_000));
    }

    @Test
    void a_cancel_beyond_what_can_be_cancelled_is_declined() {
        toss.stubFor(post(urlEqualTo("/v1/payments/pk/cancel")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody(TossFixtures.error("NOT_CANCELABLE_AMOUNT", "취소 할 수 없는 금액 입니다."))));

        assertThatThrownBy(() -> gateway.cancel(new GatewayCancel("pk", "20261123-000010", Money.won(99_999), Money.ZERO,
                "x", null, "k"))).isInstanceOfSatisfying(GatewayDeclined.class,
                        declined -> assertThat(declined.code()).isEqualTo("NOT_CANCELABLE_AMOUNT"));
    }

    @Test
    void the_status_query_asks_by_order_id_when_no_payment_key_is_known_and_a_404_means_no_such_payment() {
        toss.stubFor(get(urlEqualTo("/v1/payments/orders/20261123-000011")).withHeader("Authorization", equalTo(BASIC))
                .willReturn(okJson(TossFixtures.payment("card", Map.of("paymentKey", "pk-11", "orderId", "20261123-000011",
                        "amount", 5000, "balance", 5000, "status", "DONE")))));
        toss.stubFor(get(urlEqualTo("/v1/payments/orders/20261123-000012")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(TossFixtures.error("NOT_FOUND_PAYMENT", "존재하지 않는 결제 정보 입니다."))));

        assertThat(gateway.query("20261123-000011", null)).get().extracting(GatewayPayment::paymentKey).isEqualTo("pk-11");
        assertThat(gateway.query("20261123-000012", null)).isEmpty();
        toss.verify(getRequestedFor(urlEqualTo("/v1/payments/orders/20261123-000011")));
    }

    @Test
    void a_deposit_callback_is_read_with_its_secret_and_a_status_webhook_as_a_hint() {
        GatewayNotification deposit = gateway.read(new GatewayCallback(Map.of(), "{\"createdAt\":\"2026-11-24T09:30:00.000000\","
                + "\"secret\":\"ps_eqRGgYO1r57E4Z541ZMW3QnN2Eya\",\"status\":\"DONE\","
                + "\"transactionKey\":\"9FF15E1A29D0E77C218F57262BFA4986\",\"orderId\":\"20261123-000007\"}"));
        GatewayNotification webhook = gateway.read(new GatewayCallback(Map.of(), "{\"eventType\":\"PAYMENT_STATUS_CHANGED\","
                + "\"createdAt\":\"2026-11-24T09:30:00.000000\",\"data\":" + TossFixtures.payment("card", Map.of(
                        "paymentKey", "pk-13", "orderId", "20261123-000013", "amount", 1000, "balance", 1000, "status", "DONE"))
                + "}"));

        assertThat(deposit.kind()).isEqualTo(GatewayNotification.Kind.DEPOSIT);
        assertThat(deposit.orderNumber()).isEqualTo("20261123-000007");
        assertThat(deposit.status()).isEqualTo(GatewayStatus.DONE);
        assertThat(deposit.secret()).isEqualTo("ps_eqRGgYO1r57E4Z541ZMW3QnN2Eya");
        assertThat(deposit.at()).isEqualTo(Instant.parse("2026-11-24T00:30:00Z"));
        assertThat(webhook.kind()).isEqualTo(GatewayNotification.Kind.STATUS_CHANGED);
        assertThat(webhook.paymentKey()).isEqualTo("pk-13");
        assertThat(webhook.secret()).isNull();
        assertThatThrownBy(() -> gateway.read(new GatewayCallback(Map.of(), "{\"hello\":1}")))
                .isInstanceOf(GatewayDeclined.class);
        assertThatThrownBy(() -> gateway.read(new GatewayCallback(Map.of(), "not json")))
                .isInstanceOf(GatewayDeclined.class);
    }

    @Test
    void the_widget_gets_the_client_key_the_order_and_the_options_of_its_method() {
        PaymentOrder order = new PaymentOrder("20261123-000014", "오버핏 셔츠", Money.won(120_000), Money.won(20_000),
                "김토스", "toss@example.com", "01012345678", "https://shop.example/checkout/success",
                "https://shop.example/checkout/fail", PaymentMethod.VIRTUAL_ACCOUNT,
                new CashReceiptRequest(CashReceiptType.EXPENSE_PROOF, "1234567890"));

        ApprovalStep step = gateway.prepare(new GatewayCheckout(order, true));
        ApprovalStep wallet = gateway.prepare(new GatewayCheckout(PaymentOrder.of("20261123-000015", "셔츠",
                Money.won(1000), "김토스", null, null, "/s", "/f", PaymentMethod.NAVER_PAY), false));

        assertThat(step.kind()).isEqualTo(ApprovalStep.Kind.WIDGET);
        assertThat(step.widgetParameters()).containsEntry("clientKey", "test_gck_docs_Ovk5rk1EwkEbP0W43n07xlzm")
                .containsEntry("orderId", "20261123-000014").containsEntry("amount", "120000")
                .containsEntry("taxFreeAmount", "20000").containsEntry("method", "VIRTUAL_ACCOUNT")
                .containsEntry("useEscrow", "true").containsEntry("cashReceiptType", "지출증빙")
                .containsEntry("customerMobilePhone", "01012345678").doesNotContainValue("1234567890");
        assertThat(wallet.widgetParameters()).containsEntry("method", "CARD").containsEntry("easyPay", "NAVERPAY")
                .doesNotContainKey("useEscrow").doesNotContainKey("customerEmail");
    }

    @Test
    void a_self_issued_cash_receipt_goes_to_the_cash_receipt_api() {
        toss.stubFor(post(urlEqualTo("/v1/cash-receipts")).withHeader("Idempotency-Key", equalTo("receipt-1"))
                .withRequestBody(equalToJson("{\"amount\":150000,\"orderId\":\"20261123-000016\",\"orderName\":\"패딩\","
                        + "\"customerIdentityNumber\":\"0100001234\",\"type\":\"소득공제\",\"taxFreeAmount\":0}"))
                .willReturn(okJson("{\"receiptKey\":\"rk-1\",\"issueNumber\":\"123456789\",\"orderId\":\"20261123-000016\"}")));

        var issued = gateway.issueCashReceipt(new CashReceiptIssue("20261123-000016", "패딩", Money.won(150_000), Money.ZERO,
                CashReceiptType.INCOME_DEDUCTION, CashReceiptIssue.SELF_ISSUE_IDENTITY, "receipt-1"));

        assertThat(issued.receiptKey()).isEqualTo("rk-1");
        assertThat(issued.issueNumber()).isEqualTo("123456789");
    }
}
