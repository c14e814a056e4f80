package io.tunemall.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.order.order.UnpaidOrderExpiry;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.Initiator;
import io.tunemall.sdk.event.OrderCancelled;
import io.tunemall.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Unpaid orders expire after the payment timeout and give their stock back exactly once. */
@IntegrationTest
class OrderExpiryTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    OrderAdministration orders;
    @Autowired
    UnpaidOrderExpiry expiry;
    @Autowired
    OrderEventsRecorder events;
    @Autowired
    JdbcTemplate jdbc;

    PlacedOrder placeAndLetTheTimeRunOut(OrderFixture fixture, String sku, int quantity) {
        PlacedOrder placed = checkout.place(fixture.guestCartWith(sku, quantity), OrderFixture.guestCheckout("1234"));
        jdbc.update("UPDATE shop_order SET expires_at = ? WHERE order_number = ?",
                Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now().minus(Duration.ofMinutes(1)), ZoneOffset.UTC)),
                placed.orderNumber());
        return placed;
    }

    long orderId(PlacedOrder placed) {
        return jdbc.queryForObject("SELECT id FROM shop_order WHERE order_number = ?", Long.class, placed.orderNumber());
    }

    @Test
    void the_expiry_job_cancels_unpaid_orders_whose_time_is_up_and_restores_their_stock() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("expiring", 20_000, 6);
        String sku = fixture.sku("expiring-M");
        PlacedOrder due = placeAndLetTheTimeRunOut(fixture, sku, 2);
        PlacedOrder notYet = checkout.place(fixture.guestCartWith(sku, 1), OrderFixture.guestCheckout("1234"));
        assertThat(fixture.stock(sku)).isEqualTo(3);

        expiry.expireUnpaid();

        OrderDetail expired = orders.detail(due.orderNumber()).orElseThrow();
        assertThat(expired.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(expired.history()).last().satisfies(entry -> {
            assertThat(entry.initiator()).isEqualTo(Initiator.SYSTEM);
            assertThat(entry.actorName()).isEqualTo("payment-expiry");
            assertThat(entry.reason()).isEqualTo("payment-expired");
        });
        assertThat(orders.detail(notYet.orderNumber()).orElseThrow().state()).isEqualTo(OrderState.PAYMENT_PENDING);
        assertThat(fixture.stock(sku)).isEqualTo(5);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(OrderCancelled.class).stream()
                .anyMatch(e -> e.orderNumber().equals(due.orderNumber()) && e.refundAmount().equals(Money.ZERO)
                        && !e.wasPaid() && e.wholeOrder() && e.initiator() == Initiator.SYSTEM));
    }

    @Test
    void two_expiries_racing_for_the_same_order_release_its_stock_once() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("twice-expired", 20_000, 5);
        String sku = fixture.sku("twice-expired-M");
        PlacedOrder placed = placeAndLetTheTimeRunOut(fixture, sku, 3);
        long id = orderId(placed);
        assertThat(fixture.stock(sku)).isEqualTo(2);

        // Two nodes without a scheduler lock between them, say: both find the order due at the same moment.
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit((Callable<Boolean>) () -> {
                start.await();
                try {
                    return expiry.expire(id);
                } catch (OptimisticLockingFailureException lostTheRace) {
                    return false;
                }
            }));
        }
        start.countDown();
        int expiredBy = 0;
        for (Future<Boolean> run : runs) {
            expiredBy += run.get(1, TimeUnit.MINUTES) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(expiredBy).isEqualTo(1);
        assertThat(fixture.stock(sku)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shop_order_history h JOIN shop_order o ON o.id = h.order_id"
                + " WHERE o.order_number = ? AND h.action = 'CANCEL'", Integer.class, placed.orderNumber())).isEqualTo(1);
        expiry.expireUnpaid();
        assertThat(fixture.stock(sku)).as("a later run leaves the cancelled order alone").isEqualTo(5);
    }

    @Test
    void an_order_paid_before_the_job_runs_does_not_expire() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("paid-in-time", 20_000, 5);
        String sku = fixture.sku("paid-in-time-M");
        PlacedOrder placed = placeAndLetTheTimeRunOut(fixture, sku, 1);
        context.getBean(io.tunemall.order.api.OrderPayments.class).markPaid(placed.orderNumber(), "p-1",
                placed.chargedAmount());

        assertThat(expiry.expire(orderId(placed))).isFalse();
        assertThat(orders.detail(placed.orderNumber()).orElseThrow().state()).isEqualTo(OrderState.PAID);
        assertThat(fixture.stock(sku)).isEqualTo(4);
    }

    @Test
    void a_purchase_delivered_longer_ago_than_the_period_is_confirmed_by_the_system() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("delivered", 20_000, 5);
        PlacedOrder placed = checkout.place(fixture.guestCartWith(fixture.sku("delivered-M"), 1), OrderFixture.guestCheckout("1234"));
        context.getBean(io.tunemall.order.api.OrderPayments.class).markPaid(placed.orderNumber(), "p-2", placed.chargedAmount());
        io.tunemall.order.api.Actor staff = io.tunemall.order.api.Actor.staff("김운영");
        orders.prepare(placed.orderNumber(), staff);
        orders.ship(placed.orderNumber(), staff);
        orders.deliver(placed.orderNumber(), staff);
        context.getBean(io.tunemall.order.order.AutomaticPurchaseConfirmation.class).confirmDue();
        assertThat(orders.detail(placed.orderNumber()).orElseThrow().state()).as("delivered just now").isEqualTo(OrderState.DELIVERED);

        jdbc.update("UPDATE shop_order SET delivered_at = ? WHERE order_number = ?",
                Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(8)), ZoneOffset.UTC)),
                placed.orderNumber());
        context.getBean(io.tunemall.order.order.AutomaticPurchaseConfirmation.class).confirmDue();

        OrderDetail confirmed = orders.detail(placed.orderNumber()).orElseThrow();
        assertThat(confirmed.state()).isEqualTo(OrderState.PURCHASE_CONFIRMED);
        assertThat(confirmed.history()).last().satisfies(entry -> {
            assertThat(entry.initiator()).isEqualTo(Initiator.SYSTEM);
            assertThat(entry.actorName()).isEqualTo("purchase-confirmation");
        });
    }
}
