package io.tunemall.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.tunemall.payment.Checkouts.newOrderNumber;
import static io.tunemall.payment.Checkouts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tunemall.payment.api.ApprovalStep;
import io.tunemall.payment.api.PaymentCancellation;
import io.tunemall.payment.api.PaymentConfirmed;
import io.tunemall.payment.api.PaymentFailed;
import io.tunemall.payment.api.PaymentLogEntry;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOptions;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentSettings;
import io.tunemall.payment.api.PaymentStart;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.Payments;
import io.tunemall.payment.api.RefundAccount;
import io.tunemall.payment.api.VirtualAccountDeposited;
import io.tunemall.payment.lifecycle.PaymentReconciliationJob;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Payments through the real Toss Payments adapter, against a WireMock server that replays Toss's documented requests
 * and answers: the shop's settings switch to the adapter (registered in the shared context as {@link TossStandIn})
 * and back after each test.
 */
@IntegrationTest
class TossPaymentsThroughPaymentsTest {

    static WireMockServer toss;

    @Autowired
    Payments payments;
    @Autowired
    PaymentSettings settings;
    @Autowired
    TossStandIn standIn;
    @Autowired
    PaymentReconciliationJob reconciliationJob;
    @Autowired
    PaymentEventsProbe events;
    @Autowired
    MockMvc mvc;

    PaymentOptions before;

    /** Long enough for a loaded build machine, shorter than the delays that stand for Toss not answering. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    static final int NO_ANSWER_DELAY_MILLIS = 5_000;

    @BeforeAll
    static void startToss() throws Exception {
        toss = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        toss.start();
        // The first request a fresh server serves is slow (class loading, JIT); make it before the timed ones.
        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(toss.baseUrl() + "/warm-up")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    }

    @AfterAll
    static void stopToss() {
        toss.stop();
    }

    @BeforeEach
    void useToss() {
        toss.resetAll();
        standIn.pointAt(toss.baseUrl(), READ_TIMEOUT);
        before = settings.options();
        settings.change(TossStandIn.ID, EnumSet.allOf(PaymentMethod.class), true, "test");
    }

    @AfterEach
    void backToTheTestGateway() {
        settings.change(before.gateway(), before.methods(), before.escrow(), "test");
    }

    @Test
    void checkout_gets_the_widget_parameters_and_the_confirm_sends_tosss_documented_request() {
        String orderNumber = newOrderNumber();
        PaymentStart start = payments.begin(order(orderNumber, 39_800, PaymentMethod.CARD));
        stubConfirm(orderNumber, "pk-" + orderNumber, 39_800, okJson(card(orderNumber, 39_800, "DONE")));

        PaymentResult result = payments.confirm(orderNumber, "pk-" + orderNumber, Money.won(39_800));

        assertThat(start.gateway()).isEqualTo(TossStandIn.ID);
        assertThat(start.approval().kind()).isEqualTo(ApprovalStep.Kind.WIDGET);
        assertThat(start.approval().widgetParameters()).containsEntry("clientKey", TossStandIn.CLIENT_KEY)
                .containsEntry("orderId", orderNumber).containsEntry("amount", "39800").containsEntry("method", "CARD");
        assertThat(result.state()).isEqualTo(PaymentState.CONFIRMED);
        assertThat(result.method()).isEqualTo(PaymentMethod.CARD);
        String idempotencyKey = confirmRequests().get(0).getHeader("Idempotency-Key");
        assertThat(idempotencyKey).isNotBlank();
        assertThat(payments.history(orderNumber)).filteredOn(entry -> entry.kind().equals("CONFIRM"))
                .extracting(PaymentLogEntry::idempotencyKey).containsOnly(idempotencyKey);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(PaymentConfirmed.class, orderNumber).size() == 1);
    }

    @Test
    void a_card_toss_refuses_fails_the_payment_with_tosss_message_and_the_order_may_try_again() {
        String orderNumber = newOrderNumber();
        payments.begin(order(orderNumber, 15_000, PaymentMethod.CARD));
        stubConfirm(orderNumber, "pk-" + orderNumber, 15_000, aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody(TossFixtures.error("REJECT_CARD_PAYMENT", "한도초과 혹은 잔액부족으로 결제에 실패했습니다.")));

        PaymentResult result = payments.confirm(orderNumber, "pk-" + orderNumber, Money.won(15_000));

        assertThat(result.state()).isEqualTo(PaymentState.FAILED);
        assertThat(result.failure().code()).isEqualTo("REJECT_CARD_PAYMENT");
        assertThat(result.failure().message()).isEqualTo("한도초과 혹은 잔액부족으로 결제에 실패했습니다.");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(PaymentFailed.class, orderNumber).size() == 1);
        assertThat(payments.begin(order(orderNumber, 15_000, PaymentMethod.CARD)).approval().widgetParameters())
                .containsEntry("orderId", orderNumber);
    }

    @Test
    void a_confirm_without_an_answer_in_time_is_unknown_until_the_status_query_says_done() {
        String orderNumber = newOrderNumber();
        String paymentKey = "pk-" + orderNumber;
        payments.begin(order(orderNumber, 52_000, PaymentMethod.CARD));
        stubConfirm(orderNumber, paymentKey, 52_000, okJson(card(orderNumber, 52_000, "DONE")).withFixedDelay(NO_ANSWER_DELAY_MILLIS));

        PaymentResult unknown = payments.confirm(orderNumber, paymentKey, Money.won(52_000));

        assertThat(unknown.state()).isEqualTo(PaymentState.UNKNOWN);
        assertThat(unknown.isPaid()).isFalse();
        assertThat(events.of(PaymentConfirmed.class, orderNumber)).isEmpty();
        toss.stubFor(get(urlEqualTo("/v1/payments/" + paymentKey)).willReturn(okJson(card(orderNumber, 52_000, "DONE"))));

        PaymentResult settled = payments.reconcile(orderNumber);

        assertThat(settled.state()).isEqualTo(PaymentState.CONFIRMED);
        assertThat(payments.reconcile(orderNumber).state()).isEqualTo(PaymentState.CONFIRMED);
        assertThat(payments.history(orderNumber)).extracting(PaymentLogEntry::kind, PaymentLogEntry::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("CONFIRM", "TIMED_OUT"),
                        org.assertj.core.groups.Tuple.tuple("QUERY", "SUCCEEDED"));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .until(() -> events.of(PaymentConfirmed.class, orderNumber).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> confirmRequests().size() == 1);
    }

    @Test
    void the_scheduled_reconciliation_finishes_a_confirm_toss_never_received_by_sending_it_again_with_the_same_key() {
        String orderNumber = newOrderNumber();
        String paymentKey = "pk-" + orderNumber;
        payments.begin(order(orderNumber, 21_000, PaymentMethod.CARD));
        stubConfirm(orderNumber, paymentKey, 21_000, aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody(TossFixtures.error("FAILED_INTERNAL_SYSTEM_PROCESSING", "내부 시스템 처리 작업이 실패했습니다.")));
        assertThat(payments.confirm(orderNumber, paymentKey, Money.won(21_000)).state()).isEqualTo(PaymentState.UNKNOWN);
        toss.stubFor(get(urlEqualTo("/v1/payments/" + paymentKey)).willReturn(okJson(TossFixtures.payment("in-progress",
                Map.of("paymentKey", paymentKey, "orderId", orderNumber, "amount", 21_000)))));
        stubConfirm(orderNumber, paymentKey, 21_000, okJson(card(orderNumber, 21_000, "DONE")));

        reconciliationJob.reconcileUnsettled();

        assertThat(payments.status(orderNumber)).get().extracting(PaymentResult::state).isEqualTo(PaymentState.CONFIRMED);
        List<LoggedRequest> confirms = confirmRequests();
        assertThat(confirms).hasSize(2);
        assertThat(confirms.get(1).getHeader("Idempotency-Key")).isEqualTo(confirms.get(0).getHeader("Idempotency-Key"));
    }

    @Test
    void a_confirm_without_an_answer_fails_when_toss_says_the_payment_was_aborted() {
        String orderNumber = newOrderNumber();
        String paymentKey = "pk-" + orderNumber;
        payments.begin(order(orderNumber, 8_000, PaymentMethod.CARD));
        stubConfirm(orderNumber, paymentKey, 8_000, okJson(card(orderNumber, 8_000, "DONE")).withFixedDelay(NO_ANSWER_DELAY_MILLIS));
        payments.confirm(orderNumber, paymentKey, Money.won(8_000));
        toss.stubFor(get(urlEqualTo("/v1/payments/" + paymentKey)).willReturn(okJson(TossFixtures.payment("aborted",
                Map.of("paymentKey", paymentKey, "orderId", orderNumber, "amount", 8_000)))));

        PaymentResult settled = payments.reconcile(orderNumber);

        assertThat(settled.state()).isEqualTo(PaymentState.FAILED);
        assertThat(settled.failure().code()).isEqualTo("REJECT_CARD_COMPANY");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(PaymentFailed.class, orderNumber).size() == 1);
    }

    @Test
    void already_processed_at_toss_means_asking_toss_and_settling_what_it_says() {
        String orderNumber = newOrderNumber();
        String paymentKey = "pk-" + orderNumber;
        payments.begin(order(orderNumber, 11_000, PaymentMethod.CARD));
        stubConfirm(orderNumber, paymentKey, 11_000, aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(TossFixtures.error("ALREADY_PROCESSED_PAYMENT", "이미 처리된 결제 입니다.")));
        toss.stubFor(get(urlEqualTo("/v1/payments/" + paymentKey)).willReturn(okJson(card(orderNumber, 11_000, "DONE"))));

        assertThat(payments.confirm(orderNumber, paymentKey, Money.won(11_000)).state()).isEqualTo(PaymentState.CONFIRMED);
    }

    @Test
    void simultaneous_confirms_send_one_request_to_toss_and_all_answer_paid() throws Exception {
        String orderNumber = newOrderNumber();
        String paymentKey = "pk-" + orderNumber;
        payments.begin(order(orderNumber, 64_000, PaymentMethod.CARD));
        stubConfirm(orderNumber, paymentKey, 64_000, okJson(card(orderNumber, 64_000, "DONE")).withFixedDelay(300));

        List<Object> outcomes = ConcurrentPaymentTest.race(8, () -> payments.confirm(orderNumber, paymentKey, Money.won(64_000)));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(PaymentResult.class,
                result -> assertThat(result.state()).isEqualTo(PaymentState.CONFIRMED)));
        assertThat(confirmRequests()).hasSize(1);
    }

    @Test
    void a_virtual_account_deposit_callback_with_the_accounts_secret_pays_the_order_and_a_receipt_is_self_issued() throws Exception {
        String orderNumber = newOrderNumber();
        String paymentKey = "pk-" + orderNumber;
        String secret = "ps_" + orderNumber;
        payments.begin(order(orderNumber, 120_000, PaymentMethod.VIRTUAL_ACCOUNT));
        stubConfirm(orderNumber, paymentKey, 120_000, okJson(TossFixtures.payment("virtual-account-waiting", Map.of(
                "paymentKey", paymentKey, "orderId", orderNumber, "amount", 120_000, "secret", secret))));
        toss.stubFor(post(urlEqualTo("/v1/cash-receipts")).willReturn(okJson("{\"receiptKey\":\"rk-" + orderNumber
                + "\",\"issueNumber\":\"123456789\"}")));

        PaymentResult waiting = payments.confirm(orderNumber, paymentKey, Money.won(120_000));
        assertThat(waiting.state()).isEqualTo(PaymentState.WAITING_FOR_DEPOSIT);
        assertThat(waiting.virtualAccount().bank()).isEqualTo("우리은행");
        String callback = "{\"createdAt\":\"2026-11-24T09:30:00.000000\",\"secret\":\"%s\",\"status\":\"DONE\","
                + "\"transactionKey\":\"9FF15E1A29D0E77C218F57262BFA4986\",\"orderId\":\"" + orderNumber + "\"}";

        webhook(callback.formatted("ps_forged")).andExpect(status().isUnauthorized());
        assertThat(payments.status(orderNumber)).get().extracting(PaymentResult::state)
                .isEqualTo(PaymentState.WAITING_FOR_DEPOSIT);
        webhook(callback.formatted(secret)).andExpect(status().isOk());
        webhook(callback.formatted(secret)).andExpect(status().isOk());

        assertThat(payments.status(orderNumber)).get().extracting(PaymentResult::state).isEqualTo(PaymentState.CONFIRMED);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(VirtualAccountDeposited.class, orderNumber).size() == 1
                && events.of(PaymentConfirmed.class, orderNumber).size() == 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> toss.verify(1, postRequestedFor(urlEqualTo("/v1/cash-receipts"))
                .withRequestBody(equalToJson("{\"amount\":120000,\"orderId\":\"" + orderNumber + "\",\"orderName\":\"오버핏 셔츠 외 1건\","
                        + "\"customerIdentityNumber\":\"0100001234\",\"type\":\"소득공제\",\"taxFreeAmount\":0}"))));
        await().atMost(Duration.ofSeconds(5)).until(() -> payments.history(orderNumber).stream()
                .anyMatch(entry -> entry.kind().equals("CASH_RECEIPT") && entry.outcome().equals("SUCCEEDED")));
    }

    @Test
    void a_cancel_without_an_answer_is_sent_again_with_its_own_key_until_toss_answers() {
        String orderNumber = newOrderNumber();
        String paymentKey = "pk-" + orderNumber;
        payments.begin(order(orderNumber, 30_000, PaymentMethod.CARD));
        stubConfirm(orderNumber, paymentKey, 30_000, okJson(card(orderNumber, 30_000, "DONE")));
        payments.confirm(orderNumber, paymentKey, Money.won(30_000));
        toss.stubFor(post(urlEqualTo("/v1/payments/" + paymentKey + "/cancel"))
                .withRequestBody(equalToJson("{\"cancelReason\":\"부분 환불\",\"cancelAmount\":10000,\"taxFreeAmount\":0}"))
                .willReturn(okJson(card(orderNumber, 30_000, "PARTIAL_CANCELED")).withFixedDelay(NO_ANSWER_DELAY_MILLIS)));

        assertThatThrownBy(() -> payments.cancel(new PaymentCancellation(orderNumber, Money.won(10_000), null, "부분 환불",
                null, null))).isInstanceOfSatisfying(PaymentRejected.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThatThrownBy(() -> payments.cancel(orderNumber, Money.won(20_001), "초과"))
                .isInstanceOfSatisfying(PaymentRejected.class,
                        e -> assertThat(e.code()).isEqualTo("payment-cancel-exceeds-balance"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !toss.findAll(postRequestedFor(urlEqualTo(
                "/v1/payments/" + paymentKey + "/cancel"))).isEmpty());
        toss.resetAll();
        toss.stubFor(post(urlEqualTo("/v1/payments/" + paymentKey + "/cancel")).willReturn(okJson(
                card(orderNumber, 30_000, "PARTIAL_CANCELED"))));

        PaymentResult after = payments.reconcile(orderNumber);

        assertThat(after.state()).isEqualTo(PaymentState.PARTIALLY_CANCELLED);
        assertThat(after.cancelledAmount()).isEqualTo(Money.won(10_000));
        List<LoggedRequest> cancels = toss.findAll(postRequestedFor(urlEqualTo("/v1/payments/" + paymentKey + "/cancel")));
        assertThat(cancels).hasSize(1);
        assertThat(payments.history(orderNumber)).filteredOn(entry -> entry.kind().equals("CANCEL"))
                .extracting(PaymentLogEntry::idempotencyKey).containsOnly(cancels.get(0).getHeader("Idempotency-Key"));
    }

    @Test
    void a_deposited_virtual_account_is_refunded_to_the_account_sent_with_the_cancel() {
        String orderNumber = newOrderNumber();
        String paymentKey = "pk-" + orderNumber;
        payments.begin(order(orderNumber, 30_000, PaymentMethod.VIRTUAL_ACCOUNT));
        stubConfirm(orderNumber, paymentKey, 30_000, okJson(card(orderNumber, 30_000, "DONE")
                .replace("\"method\": \"카드\"", "\"method\": \"가상계좌\"")));
        payments.confirm(orderNumber, paymentKey, Money.won(30_000));
        toss.stubFor(post(urlEqualTo("/v1/payments/" + paymentKey + "/cancel"))
                .withRequestBody(equalToJson("{\"cancelReason\":\"반품\",\"cancelAmount\":30000,\"taxFreeAmount\":0,"
                        + "\"refundReceiveAccount\":{\"bank\":\"88\",\"accountNumber\":\"110123456789\",\"holderName\":\"김토스\"}}"))
                .withHeader("Idempotency-Key", equalTo("refund-" + orderNumber))
                .willReturn(okJson(card(orderNumber, 30_000, "CANCELED"))));

        PaymentResult refunded = payments.cancel(new PaymentCancellation(orderNumber, Money.won(30_000), null, "반품",
                new RefundAccount("88", "110123456789", "김토스"), "refund-" + orderNumber));

        assertThat(refunded.state()).isEqualTo(PaymentState.CANCELLED);
    }

    private org.springframework.test.web.servlet.ResultActions webhook(String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/storefront/payments/" + TossStandIn.ID + "/webhook")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void stubConfirm(String orderNumber, String paymentKey, long amount,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        toss.stubFor(post(urlEqualTo("/v1/payments/confirm"))
                .withHeader("Authorization", equalTo("Basic dGVzdF9za196WExrS0V5cE5BcldtbzUwblgzbG1lYXhZRzVSOg=="))
                .withRequestBody(equalToJson("{\"paymentKey\":\"" + paymentKey + "\",\"orderId\":\"" + orderNumber
                        + "\",\"amount\":" + amount + "}"))
                .willReturn(answer));
    }

    private static String card(String orderNumber, long amount, String status) {
        return TossFixtures.payment("card", Map.of("paymentKey", "pk-" + orderNumber, "orderId", orderNumber,
                "amount", amount, "balance", "PARTIAL_CANCELED".equals(status) ? amount - 10_000 : amount, "status", status));
    }

    private static List<LoggedRequest> confirmRequests() {
        return toss.findAll(postRequestedFor(urlEqualTo("/v1/payments/confirm")));
    }
}
