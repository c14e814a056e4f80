package io.tunemall.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.order.order.UnpaidOrderExpiry;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOrder;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.Payments;
import io.tunemall.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An unpaid order whose payment confirm went unanswered is not expired while reconciliation has not settled it: the
 * shopper may have paid. Once the payment is settled as failed, the next run expires the order.
 */
@IntegrationTest
class ExpiryWaitsForUnsettledPaymentTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    OrderAdministration orders;
    @Autowired
    UnpaidOrderExpiry expiry;
    @Autowired
    Payments payments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_order_whose_payment_is_unknown_waits_for_reconciliation_and_expires_once_it_failed() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("unsettled", 20_000, 5);
        String sku = fixture.sku("unsettled-M");
        PlacedOrder placed = checkout.place(fixture.guestCartWith(sku, 1), OrderFixture.guestCheckout("1234"));
        if (payments.status(placed.orderNumber()).isEmpty()) {
            payments.begin(PaymentOrder.of(placed.orderNumber(), "unsettled", placed.chargedAmount(), "홍길동",
                    "hong@example.com", "01012345678", "/checkout/success", "/checkout/fail", PaymentMethod.CARD));
        }
        // As the payment module leaves it when the gateway does not answer the confirm (TossPaymentsThroughPaymentsTest
        // produces the state through a timing-out stand-in; here only the order side is under test).
        setPaymentState(placed.orderNumber(), PaymentState.UNKNOWN);
        jdbc.update("UPDATE shop_order SET expires_at = ? WHERE order_number = ?",
                Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now().minus(Duration.ofMinutes(1)), ZoneOffset.UTC)),
                placed.orderNumber());
        long id = jdbc.queryForObject("SELECT id FROM shop_order WHERE order_number = ?", Long.class,
                placed.orderNumber());

        expiry.expireUnpaid();
        assertThat(expiry.expire(id)).isFalse();

        assertThat(orders.detail(placed.orderNumber()).orElseThrow().state()).isEqualTo(OrderState.PAYMENT_PENDING);
        assertThat(fixture.stock(sku)).as("the stock stays with the order").isEqualTo(4);

        setPaymentState(placed.orderNumber(), PaymentState.FAILED);

        assertThat(expiry.expire(id)).isTrue();
        assertThat(orders.detail(placed.orderNumber()).orElseThrow().state()).isEqualTo(OrderState.CANCELLED);
        assertThat(fixture.stock(sku)).isEqualTo(5);
    }

    void setPaymentState(String orderNumber, PaymentState state) {
        assertThat(jdbc.update("UPDATE payment SET state = ? WHERE order_number = ?", state.name(), orderNumber))
                .isEqualTo(1);
    }
}
