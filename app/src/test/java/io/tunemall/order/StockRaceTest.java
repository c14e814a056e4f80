package io.tunemall.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.catalog.api.OutOfStock;
import io.tunemall.catalog.api.SkuQuantity;
import io.tunemall.catalog.api.Stock;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.CheckoutRejected;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Stock is taken by one conditional UPDATE per SKU: racing buyers on real MariaDB connections never oversell. */
@IntegrationTest
class StockRaceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    Stock stock;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fifty_buyers_racing_for_ten_units_end_with_exactly_ten_orders_and_stock_zero() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("race", 12_900, 10);
        String sku = fixture.sku("race-M");
        List<CartOwner> buyers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            buyers.add(fixture.guestCartWith(sku, 1));
        }
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        AtomicInteger soldOut = new AtomicInteger();
        AtomicInteger lowestStockSeen = new AtomicInteger(Integer.MAX_VALUE);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<?>> runs = new ArrayList<>();
        for (CartOwner buyer : buyers) {
            runs.add(pool.submit((Callable<Void>) () -> {
                start.await();
                try {
                    PlacedOrder placed = checkout.place(buyer, OrderFixture.guestCheckout("1234"));
                    numbers.add(placed.orderNumber());
                } catch (CheckoutRejected rejected) {
                    assertThat(rejected.problems()).extracting(p -> p.code()).containsExactly("out-of-stock");
                    soldOut.incrementAndGet();
                }
                lowestStockSeen.accumulateAndGet(fixture.stock(sku), Math::min);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(numbers).hasSize(10);
        assertThat(soldOut.get()).isEqualTo(40);
        assertThat(fixture.stock(sku)).isZero();
        assertThat(lowestStockSeen.get()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shop_order_line WHERE sku = ?", Integer.class, sku))
                .isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(quantity), 0) FROM shop_order_line WHERE sku = ?",
                Integer.class, sku)).isEqualTo(10);
    }

    @Test
    void an_order_short_of_one_sku_takes_nothing_of_the_others() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("pair", 10_000, 10_000, new java.util.LinkedHashMap<>(Map.of("S", 5, "L", 1)));
        String small = fixture.sku("pair-S");
        String large = fixture.sku("pair-L");

        OutOfStock failure = null;
        try {
            transaction.executeWithoutResult(status -> stock.take(List.of(new SkuQuantity(small, 3), new SkuQuantity(large, 2))));
        } catch (OutOfStock expected) {
            failure = expected;
        }

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).isEqualTo("SKU " + large + ": 2 requested, 1 left");
        assertThat(fixture.stock(small)).as("rolled back with the short SKU").isEqualTo(5);
        assertThat(fixture.stock(large)).isEqualTo(1);
    }

    @Test
    void skus_taken_in_opposite_orders_by_concurrent_orders_never_deadlock() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("cross", 10_000, 10_000, new java.util.LinkedHashMap<>(Map.of("A", 100, "B", 100)));
        String a = fixture.sku("cross-A");
        String b = fixture.sku("cross-B");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<SkuQuantity> items = i % 2 == 0 ? List.of(new SkuQuantity(a, 1), new SkuQuantity(b, 1))
                    : List.of(new SkuQuantity(b, 1), new SkuQuantity(a, 1));
            runs.add(pool.submit(() -> transaction.executeWithoutResult(status -> stock.take(items))));
        }
        for (Future<?> run : runs) {
            run.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(fixture.stock(a)).isEqualTo(60);
        assertThat(fixture.stock(b)).isEqualTo(60);
    }
}
