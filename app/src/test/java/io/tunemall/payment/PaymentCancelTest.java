package io.tunemall.payment;

import static io.tunemall.payment.Checkouts.newOrderNumber;
import static io.tunemall.payment.Checkouts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.tunemall.payment.api.PaymentCancellation;
import io.tunemall.payment.api.PaymentCancelled;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOrder;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentStart;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.Payments;
import io.tunemall.payment.api.RefundAccount;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Giving money back: full and partial, never past the balance, with the tax split, and when an order is given up. */
@IntegrationTest
class PaymentCancelTest {

    @Autowired
    Payments payments;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PaymentEventsProbe events;

    @Test
    void partial_cancels_give_back_part_of_the_payment_until_the_last_one_cancels_it_fully() throws Exception {
        String orderNumber = paid(order(newOrderNumber(), 30_000, PaymentMethod.CARD));

        PaymentResult first = payments.cancel(orderNumber, Money.won(10_000), "한 벌 반품");
        assertThatThrownBy(() -> payments.cancel(orderNumber, Money.won(20_001), "너무 많이"))
                .isInstanceOfSatisfying(PaymentRejected.class, refused -> {
                    assertThat(refused.code()).isEqualTo("payment-cancel-exceeds-balance");
                    assertThat(refused.status()).isEqualTo(422);
                });
        PaymentResult last = payments.cancel(orderNumber, Money.won(20_000), "전체 취소");

        assertThat(first.state()).isEqualTo(PaymentState.PARTIALLY_CANCELLED);
        assertThat(first.balance()).isEqualTo(Money.won(20_000));
        assertThat(last.state()).isEqualTo(PaymentState.CANCELLED);
        assertThat(last.balance()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> payments.cancel(orderNumber, Money.won(1), "또"))
                .isInstanceOfSatisfying(PaymentRejected.class,
                        refused -> assertThat(refused.code()).isEqualTo("payment-not-cancellable"));
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(PaymentCancelled.class, orderNumber).size() == 2);
        PaymentCancelled partial = events.of(PaymentCancelled.class, orderNumber).stream()
                .filter(event -> !event.fullyCancelled()).findFirst().orElseThrow();
        assertThat(partial.amount()).isEqualTo(Money.won(10_000));
        assertThat(partial.vat()).isEqualTo(Money.won(909));
        assertThat(partial.remaining()).isEqualTo(Money.won(20_000));
    }

    @Test
    void the_same_cancel_sent_twice_with_its_idempotency_key_gives_back_once() throws Exception {
        String orderNumber = paid(order(newOrderNumber(), 10_000, PaymentMethod.CARD));
        PaymentCancellation cancel = new PaymentCancellation(orderNumber, Money.won(4_000), null, "변심", null,
                "admin-cancel-" + orderNumber);

        payments.cancel(cancel);
        PaymentResult again = payments.cancel(cancel);

        assertThat(again.cancelledAmount()).isEqualTo(Money.won(4_000));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_cancel c JOIN payment p ON p.id = c.payment_id "
                + "WHERE p.order_number = ?", Integer.class, orderNumber)).isEqualTo(1);
    }

    @Test
    void a_payment_with_tax_free_items_needs_the_tax_free_part_of_a_partial_cancel() throws Exception {
        String orderNumber = paid(order(newOrderNumber(), 50_000, PaymentMethod.CARD).withTaxFree(Money.won(17_000)));

        assertThatThrownBy(() -> payments.cancel(orderNumber, Money.won(10_000), "일부"))
                .isInstanceOfSatisfying(PaymentRejected.class,
                        refused -> assertThat(refused.code()).isEqualTo("payment-tax-free-split-required"));
        payments.cancel(new PaymentCancellation(orderNumber, Money.won(12_000), Money.won(7_000), "면세 상품 반품", null, null));
        PaymentResult rest = payments.cancel(orderNumber, Money.won(38_000), "나머지");

        assertThat(rest.state()).isEqualTo(PaymentState.CANCELLED);
        assertThat(jdbc.queryForList("SELECT c.tax_free_amount FROM payment_cancel c JOIN payment p ON p.id = c.payment_id "
                + "WHERE p.order_number = ? ORDER BY c.id", Long.class, orderNumber)).containsExactly(7_000L, 10_000L);
        assertThat(jdbc.queryForList("SELECT c.vat FROM payment_cancel c JOIN payment p ON p.id = c.payment_id "
                + "WHERE p.order_number = ? ORDER BY c.id", Long.class, orderNumber)).containsExactly(455L, 2_545L);
    }

    @Test
    void a_deposited_virtual_account_is_refunded_to_the_shoppers_account_only() throws Exception {
        String orderNumber = newOrderNumber();
        PaymentStart start = payments.begin(order(orderNumber, 40_000, PaymentMethod.VIRTUAL_ACCOUNT));
        payments.confirm(orderNumber, approve(start), Money.won(40_000));
        mvc.perform(post(start.approval().redirectUrl() + "/deposit").with(csrf()));

        assertThatThrownBy(() -> payments.cancel(orderNumber, Money.won(40_000), "환불"))
                .isInstanceOfSatisfying(PaymentRejected.class,
                        refused -> assertThat(refused.code()).isEqualTo("payment-refund-account-required"));
        PaymentResult refunded = payments.cancel(new PaymentCancellation(orderNumber, Money.won(40_000), null, "환불",
                new RefundAccount("88", "110123456789", "김토스"), null));

        assertThat(refunded.state()).isEqualTo(PaymentState.CANCELLED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_transaction t JOIN payment p ON p.id = t.payment_id "
                + "WHERE p.order_number = ? AND t.message LIKE '%110123456789%'", Integer.class, orderNumber)).isZero();
    }

    @Test
    void an_abandoned_order_keeps_no_money_whatever_state_its_payment_was_in() throws Exception {
        String unapproved = newOrderNumber();
        payments.begin(order(unapproved, 5_000, PaymentMethod.CARD));
        String confirmed = paid(order(newOrderNumber(), 7_000, PaymentMethod.CARD));
        String waiting = newOrderNumber();
        PaymentStart account = payments.begin(order(waiting, 9_000, PaymentMethod.VIRTUAL_ACCOUNT));
        payments.confirm(waiting, approve(account), Money.won(9_000));

        assertThat(payments.abandon(unapproved, "미결제 주문 만료").state()).isEqualTo(PaymentState.EXPIRED);
        PaymentResult given = payments.abandon(confirmed, "주문 취소");
        PaymentResult closed = payments.abandon(waiting, "입금 기한 만료");

        assertThat(given.state()).isEqualTo(PaymentState.CANCELLED);
        assertThat(given.cancelledAmount()).isEqualTo(Money.won(7_000));
        assertThat(closed.state()).isEqualTo(PaymentState.CANCELLED);
        assertThat(closed.cancelledAmount()).isEqualTo(Money.ZERO);
        assertThat(payments.abandon(confirmed, "again").state()).isEqualTo(PaymentState.CANCELLED);
        assertThat(jdbc.queryForObject("SELECT balance FROM payment_test_session WHERE order_number = ? AND state = 'CANCELED'",
                Long.class, confirmed)).isZero();
    }

    String paid(PaymentOrder order) throws Exception {
        PaymentStart start = payments.begin(order);
        PaymentResult result = payments.confirm(order.orderNumber(), approve(start), order.amount());
        assertThat(result.state()).isEqualTo(PaymentState.CONFIRMED);
        return order.orderNumber();
    }

    String approve(PaymentStart start) throws Exception {
        String location = mvc.perform(post(start.approval().redirectUrl() + "/approve").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        return TestGatewayCheckoutTest.redirectParameters(location, "/checkout/success").get("paymentKey");
    }
}
