package io.tunemall.order.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tunemall.order.OrderEventsRecorder;
import io.tunemall.order.OrderFixture;
import io.tunemall.order.PaidOrders;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderRefunds;
import io.tunemall.order.api.RefundBankAccount;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.RefundState;
import io.tunemall.order.api.RefundView;
import io.tunemall.payment.api.PaymentCancelled;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.Payments;
import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.OrderCancelled;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cancelling a paid order, or some of its lines, gives the money back through the payment module exactly once. */
@IntegrationTest
class RefundsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    OrderAdministration orders;
    @Autowired
    OrderRefunds refunds;
    @Autowired
    Payments payments;
    @Autowired
    RefundListeners listeners;
    @Autowired
    OrderEventsRecorder events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_cancelled_line_and_then_the_rest_are_refunded_once_each_even_when_their_events_come_again() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("shirt", 12_000, 5);
        fixture.product("pants", 21_000, 5);
        String orderNumber = new PaidOrders(context).paidGuestOrder(fixture, "pw-1", fixture.sku("shirt-M"),
                fixture.sku("pants-M"));
        OrderDetail paid = orders.detail(orderNumber).orElseThrow();
        Money charged = paid.breakdown().finalAmount();

        orders.cancelLines(orderNumber, List.of(1), Actor.staff("김운영"), "품절 안내");
        RefundView first = awaitRefunds(orderNumber, 1).get(0);

        assertThat(first.state()).isEqualTo(RefundState.DONE);
        assertThat(first.amount()).isEqualTo(Money.won(12_000));
        assertThat(first.lineNumbers()).containsExactly(1);
        assertThat(payments.status(orderNumber).orElseThrow().cancelledAmount()).isEqualTo(Money.won(12_000));

        orders.cancel(orderNumber, Actor.shopper(), "단순 변심");
        RefundView rest = awaitRefunds(orderNumber, 2).get(1);

        assertThat(rest.state()).isEqualTo(RefundState.DONE);
        assertThat(rest.amount()).as("the rest, shipping included").isEqualTo(charged.minus(Money.won(12_000)));
        PaymentResult payment = payments.status(orderNumber).orElseThrow();
        assertThat(payment.state()).isEqualTo(PaymentState.CANCELLED);
        assertThat(payment.cancelledAmount()).isEqualTo(charged);

        // The outbox delivers at least once: both events again, as after a crash before their completion was noted.
        await().atMost(Duration.ofSeconds(10)).until(() -> cancellations(orderNumber).size() == 2);
        cancellations(orderNumber).forEach(listeners::on);
        cancellations(orderNumber).forEach(listeners::on);

        assertThat(refunds.refunds(orderNumber)).hasSize(2).allMatch(refund -> refund.state() == RefundState.DONE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM payment_cancel c JOIN payment p ON p.id = c.payment_id "
                + "WHERE p.order_number = ?", Integer.class, orderNumber)).isEqualTo(2);
        assertThat(payments.status(orderNumber).orElseThrow().cancelledAmount()).isEqualTo(charged);
        assertThat(orders.detail(orderNumber).orElseThrow().history())
                .filteredOn(entry -> entry.action().equals("REFUND")).hasSize(2);
        assertThat(orders.detail(orderNumber).orElseThrow().state()).isEqualTo(OrderState.CANCELLED);
    }

    @Test
    void a_virtual_account_refund_waits_on_the_order_for_the_shoppers_account_and_staff_send_it_again_with_it()
            throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("scarf", 15_000, 5);
        String orderNumber = new PaidOrders(context).paidGuestOrder(fixture, "pw-2", fixture.sku("scarf-M"));
        Money charged = orders.detail(orderNumber).orElseThrow().breakdown().finalAmount();
        // Paid into a virtual account (checkout offers cards only yet): money goes back to the shopper's own account.
        jdbc.update("UPDATE payment SET method = 'VIRTUAL_ACCOUNT' WHERE order_number = ?", orderNumber);

        orders.cancel(orderNumber, Actor.staff("김운영"), "고객 요청");
        RefundView failed = awaitRefunds(orderNumber, 1).get(0);

        assertThat(failed.state()).isEqualTo(RefundState.FAILED);
        assertThat(failed.failureCode()).isEqualTo("payment-refund-account-required");
        assertThat(failed.retryable()).isTrue();
        assertThat(orders.detail(orderNumber).orElseThrow().history())
                .anyMatch(entry -> entry.action().equals("REFUND_FAILED"));
        assertThat(payments.status(orderNumber).orElseThrow().cancelledAmount()).isEqualTo(Money.ZERO);

        RefundView retried = refunds.retry(orderNumber, failed.id(),
                new RefundBankAccount("신한", "110-123-456789", "홍길동"), Actor.staff("김운영"));

        assertThat(retried.state()).isEqualTo(RefundState.DONE);
        assertThat(retried.attempt()).isEqualTo(2);
        assertThat(payments.status(orderNumber).orElseThrow().cancelledAmount()).isEqualTo(charged);
        assertThatThrownBy(() -> refunds.retry(orderNumber, failed.id(), null, Actor.staff("김운영")))
                .as("a refund that went through is not sent again")
                .isInstanceOfSatisfying(ShopException.class, refused -> assertThat(refused.status()).isEqualTo(409));
    }

    @Test
    void a_refund_the_gateway_left_unanswered_is_done_once_the_payment_modules_later_try_reports_it() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("coat", 30_000, 5);
        String orderNumber = new PaidOrders(context).paidGuestOrder(fixture, "pw-3", fixture.sku("coat-M"));
        orders.cancel(orderNumber, Actor.staff("김운영"), "고객 요청");
        RefundView refund = awaitRefunds(orderNumber, 1).get(0);
        // As when the gateway did not answer: the refund waits, UNKNOWN, and staff may not send it again.
        jdbc.update("UPDATE order_refund SET state = 'UNKNOWN' WHERE id = ?", refund.id());
        long notes = refundNotes(orderNumber);

        // The listener runs asynchronously, as from the outbox: what it does (or does not do) is waited for.
        listeners.on(lateCancel(orderNumber, refund, "refund-" + (refund.id() + 1_000_000) + "-1"));
        listeners.on(lateCancel(orderNumber, refund, null));
        await("another refund's key, or none, settles nothing").during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> refunds.refunds(orderNumber).get(0).state() == RefundState.UNKNOWN);

        // The payment module's reconciliation sent the cancel again under the refund's key, and the gateway answered.
        PaymentCancelled late = lateCancel(orderNumber, refund, "refund-" + refund.id() + "-" + refund.attempt());
        listeners.on(late);
        listeners.on(late);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> refunds.refunds(orderNumber).get(0).state() == RefundState.DONE);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> refundNotes(orderNumber) == notes + 1);
        assertThat(refundNotes(orderNumber)).as("noted once, however often the outcome comes").isEqualTo(notes + 1);
        assertThat(orders.detail(orderNumber).orElseThrow().history()).last()
                .satisfies(entry -> assertThat(entry.reason()).contains("늦게 확인됨"));
    }

    private static PaymentCancelled lateCancel(String orderNumber, RefundView refund, String key) {
        return new PaymentCancelled(orderNumber, refund.amount(), Money.ZERO, Money.ZERO, Money.ZERO, true,
                refund.reason(), Instant.now(), key);
    }

    private long refundNotes(String orderNumber) {
        return orders.detail(orderNumber).orElseThrow().history().stream()
                .filter(entry -> entry.action().equals("REFUND")).count();
    }

    private List<RefundView> awaitRefunds(String orderNumber, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> refunds.refunds(orderNumber).size() == count
                && refunds.refunds(orderNumber).stream().noneMatch(refund -> refund.state() == RefundState.PENDING));
        return refunds.refunds(orderNumber);
    }

    private List<OrderCancelled> cancellations(String orderNumber) {
        return events.of(OrderCancelled.class).stream().filter(event -> event.orderNumber().equals(orderNumber)).toList();
    }
}
