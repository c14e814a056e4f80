package io.tunemall.payment;

import static io.tunemall.payment.Checkouts.newOrderNumber;
import static io.tunemall.payment.Checkouts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.payment.api.ApprovalStep;
import io.tunemall.payment.api.PaymentConfirmation;
import io.tunemall.payment.api.PaymentConfirmed;
import io.tunemall.payment.api.PaymentLogEntry;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentStart;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.Payments;
import io.tunemall.payment.api.VirtualAccountDeposited;
import io.tunemall.payment.api.VirtualAccountIssued;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The whole payment on the built-in test gateway, as a shopper and checkout go through it: begin, the approval page
 * and its buttons, the redirect back with paymentKey, orderId and amount, and the confirm.
 */
@IntegrationTest
class TestGatewayCheckoutTest {

    @Autowired
    Payments payments;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PaymentEventsProbe events;

    @Test
    void a_shopper_approves_on_the_test_page_and_checkout_confirms_through_the_same_path_as_a_real_gateway() throws Exception {
        String orderNumber = newOrderNumber();
        PaymentStart start = payments.begin(order(orderNumber, 39_800, PaymentMethod.CARD));

        assertThat(start.gateway()).isEqualTo("test");
        assertThat(start.approval().kind()).isEqualTo(ApprovalStep.Kind.REDIRECT);
        assertThat(start.approval().redirectUrl()).startsWith("/pay/test/");
        String page = mvc.perform(get(start.approval().redirectUrl())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("테스트 결제", "실제로 돈이 오가지 않습니다", "오버핏 셔츠 외 1건", "39,800원", "신용·체크카드",
                "결제 승인", "결제 실패", "결제 취소", "name=\"viewport\"", "name=\"_csrf\"");

        Map<String, String> back = redirectParameters(mvc.perform(post(start.approval().redirectUrl() + "/approve").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl(), "/checkout/success");
        assertThat(back).containsEntry("orderId", orderNumber).containsEntry("amount", "39800").containsKey("paymentKey");

        PaymentResult result = payments.confirm(new PaymentConfirmation(orderNumber, back.get("paymentKey"),
                Money.won(Long.parseLong(back.get("amount"))), Money.won(39_800)));

        assertThat(result.state()).isEqualTo(PaymentState.CONFIRMED);
        assertThat(result.isPaid()).isTrue();
        assertThat(result.paymentKey()).isEqualTo(back.get("paymentKey"));
        assertThat(result.approvedAt()).isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(PaymentConfirmed.class, orderNumber).size() == 1
                && events.of(io.tunemall.sdk.event.PaymentConfirmed.class, orderNumber).size() == 1);
        assertThat(events.of(PaymentConfirmed.class, orderNumber).get(0).amount()).isEqualTo(Money.won(39_800));
        assertThat(payments.history(orderNumber)).extracting(PaymentLogEntry::kind, PaymentLogEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BEGIN", "REQUESTED"),
                        org.assertj.core.groups.Tuple.tuple("CONFIRM", "REQUESTED"),
                        org.assertj.core.groups.Tuple.tuple("CONFIRM", "SUCCEEDED"));
        String answered = mvc.perform(get(start.approval().redirectUrl())).andReturn().getResponse().getContentAsString();
        assertThat(answered).contains("결제가 완료되었습니다").doesNotContain("/approve");
    }

    @Test
    void confirming_the_same_payment_again_answers_the_same_result_and_charges_once() throws Exception {
        String orderNumber = newOrderNumber();
        String paymentKey = approve(payments.begin(order(orderNumber, 12_000, PaymentMethod.CARD))).get("paymentKey");

        PaymentResult first = payments.confirm(orderNumber, paymentKey, Money.won(12_000));
        PaymentResult second = payments.confirm(orderNumber, paymentKey, Money.won(12_000));

        assertThat(second).isEqualTo(first);
        assertThat(charges(orderNumber)).isEqualTo(1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> events.of(PaymentConfirmed.class, orderNumber).size() == 1);
        assertThatThrownBy(() -> payments.confirm(orderNumber, "another-key", Money.won(12_000)))
                .isInstanceOfSatisfying(PaymentRejected.class, e -> assertThat(e.code()).isEqualTo("payment-already-paid"));
        assertThatThrownBy(() -> payments.begin(order(orderNumber, 12_000, PaymentMethod.CARD)))
                .isInstanceOfSatisfying(PaymentRejected.class, e -> assertThat(e.code()).isEqualTo("payment-already-paid"));
    }

    @Test
    void an_amount_changed_in_the_browser_is_refused_and_nothing_is_charged() throws Exception {
        String orderNumber = newOrderNumber();
        String paymentKey = approve(payments.begin(order(orderNumber, 50_000, PaymentMethod.CARD))).get("paymentKey");

        assertThatThrownBy(() -> payments.confirm(new PaymentConfirmation(orderNumber, paymentKey, Money.won(500),
                Money.won(50_000)))).isInstanceOfSatisfying(PaymentRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("payment-amount-mismatch");
                    assertThat(rejected.status()).isEqualTo(422);
                });
        assertThatThrownBy(() -> payments.confirm(orderNumber, paymentKey, Money.won(45_000)))
                .isInstanceOfSatisfying(PaymentRejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo("payment-amount-mismatch"));

        assertThat(charges(orderNumber)).isZero();
        assertThat(payments.status(orderNumber)).get().extracting(PaymentResult::state).isEqualTo(PaymentState.READY);
        assertThat(payments.history(orderNumber)).filteredOn(entry -> entry.outcome().equals("REJECTED"))
                .extracting(PaymentLogEntry::code).containsExactly("AMOUNT_TAMPERED", "AMOUNT_CHANGED");
        assertThat(payments.confirm(orderNumber, paymentKey, Money.won(50_000)).state()).isEqualTo(PaymentState.CONFIRMED);
    }

    @Test
    void the_fail_and_cancel_buttons_send_the_shopper_to_the_fail_url_with_a_code_and_a_message() throws Exception {
        PaymentStart declined = payments.begin(order(newOrderNumber(), 10_000, PaymentMethod.CARD));
        PaymentStart closed = payments.begin(order(newOrderNumber(), 10_000, PaymentMethod.CARD));

        Map<String, String> failure = redirectParameters(mvc.perform(post(declined.approval().redirectUrl() + "/fail")
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl(),
                "/checkout/fail");
        Map<String, String> cancel = redirectParameters(mvc.perform(post(closed.approval().redirectUrl() + "/cancel")
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl(),
                "/checkout/fail");

        assertThat(failure).containsEntry("code", "REJECT_CARD_COMPANY").containsEntry("orderId", declined.orderNumber())
                .containsKey("message");
        assertThat(cancel).containsEntry("code", "PAY_PROCESS_CANCELED").containsEntry("orderId", closed.orderNumber());
        // The button was answered: pressing it again shows the page, never a second redirect.
        mvc.perform(post(declined.approval().redirectUrl() + "/approve").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo(declined.approval().redirectUrl()));
        mvc.perform(post(declined.approval().redirectUrl() + "/approve")).andExpect(status().isForbidden());
        mvc.perform(get("/pay/test/no-such-token")).andExpect(status().isNotFound());
        // The order may begin again after a failed attempt, with the amount it has now.
        assertThat(payments.begin(order(declined.orderNumber(), 9_000, PaymentMethod.CARD)).amount()).isEqualTo(Money.won(9_000));
    }

    @Test
    void the_approval_page_speaks_english_when_asked() throws Exception {
        PaymentStart start = payments.begin(order(newOrderNumber(), 8_900, PaymentMethod.KAKAO_PAY));

        String page = mvc.perform(get(start.approval().redirectUrl()).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Test payment", "No real money moves", "₩8,900", "Kakao Pay", "Approve payment",
                "Fail payment", "Cancel payment");
    }

    @Test
    void a_virtual_account_is_issued_then_the_deposit_on_the_test_page_pays_the_order() throws Exception {
        String orderNumber = newOrderNumber();
        PaymentStart start = payments.begin(order(orderNumber, 30_000, PaymentMethod.VIRTUAL_ACCOUNT));
        String paymentKey = approve(start).get("paymentKey");

        PaymentResult issued = payments.confirm(orderNumber, paymentKey, Money.won(30_000));

        assertThat(issued.state()).isEqualTo(PaymentState.WAITING_FOR_DEPOSIT);
        assertThat(issued.isPaid()).isFalse();
        assertThat(issued.virtualAccount().bank()).isEqualTo("테스트은행");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(VirtualAccountIssued.class, orderNumber).size() == 1);
        assertThat(events.of(PaymentConfirmed.class, orderNumber)).isEmpty();
        String page = mvc.perform(get(start.approval().redirectUrl())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("입금하기", issued.virtualAccount().accountNumber());

        mvc.perform(post(start.approval().redirectUrl() + "/deposit").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(start.approval().redirectUrl() + "/deposit").with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(payments.status(orderNumber)).get().extracting(PaymentResult::state).isEqualTo(PaymentState.CONFIRMED);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(VirtualAccountDeposited.class, orderNumber).size() == 1
                && events.of(PaymentConfirmed.class, orderNumber).size() == 1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3))
                .until(() -> events.of(PaymentConfirmed.class, orderNumber).size() == 1);
    }

    @Test
    void a_deposit_callback_without_the_accounts_secret_is_refused_and_changes_nothing() throws Exception {
        String orderNumber = newOrderNumber();
        String paymentKey = approve(payments.begin(order(orderNumber, 20_000, PaymentMethod.VIRTUAL_ACCOUNT))).get("paymentKey");
        payments.confirm(orderNumber, paymentKey, Money.won(20_000));

        mvc.perform(post("/api/v1/storefront/payments/test/webhook").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"" + orderNumber + "\",\"status\":\"DONE\",\"secret\":\"guessed\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).contains("problem+json"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("payment-callback-rejected"));
        mvc.perform(post("/api/v1/storefront/payments/test/webhook").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\":\"" + orderNumber + "\",\"status\":\"DONE\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/storefront/payments/nope/webhook").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());

        assertThat(payments.status(orderNumber)).get().extracting(PaymentResult::state)
                .isEqualTo(PaymentState.WAITING_FOR_DEPOSIT);
        assertThat(payments.history(orderNumber)).extracting(PaymentLogEntry::code).contains("BAD_SECRET");
    }

    @Test
    void a_method_the_shop_does_not_offer_and_unusable_values_are_refused_before_anything_happens() {
        assertThatThrownBy(() -> payments.begin(order("bad number!", 1_000, PaymentMethod.CARD)))
                .isInstanceOfSatisfying(PaymentRejected.class, e -> assertThat(e.code()).isEqualTo("payment-invalid"));
        assertThatThrownBy(() -> payments.begin(order(newOrderNumber(), 0, PaymentMethod.CARD)))
                .isInstanceOfSatisfying(PaymentRejected.class, e -> assertThat(e.code()).isEqualTo("payment-invalid"));
        assertThatThrownBy(() -> payments.begin(order(newOrderNumber(), 1_000, PaymentMethod.CARD)
                .withTaxFree(Money.won(1_001))))
                .isInstanceOfSatisfying(PaymentRejected.class, e -> assertThat(e.code()).isEqualTo("payment-invalid"));
        assertThatThrownBy(() -> payments.confirm(newOrderNumber(), "pk", Money.won(1_000)))
                .isInstanceOfSatisfying(PaymentRejected.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    Map<String, String> approve(PaymentStart start) throws Exception {
        String location = mvc.perform(post(start.approval().redirectUrl() + "/approve").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return redirectParameters(location, "/checkout/success");
    }

    int charges(String orderNumber) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(charges), 0) FROM payment_test_session WHERE order_number = ?",
                Integer.class, orderNumber);
    }

    static Map<String, String> redirectParameters(String location, String expectedPath) {
        URI uri = URI.create(location);
        assertThat(uri.getPath()).isEqualTo(expectedPath);
        return UriComponentsBuilder.fromUri(uri).build(true).getQueryParams().toSingleValueMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        entry -> java.net.URLDecoder.decode(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8)));
    }
}
