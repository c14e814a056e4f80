package io.tunemall.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Carts;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.CheckoutRejected;
import io.tunemall.order.api.IllegalTransition;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderLookup;
import io.tunemall.order.api.OrderPayments;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.PaymentAmountMismatch;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.OrderPaid;
import io.tunemall.sdk.event.OrderPlaced;
import io.tunemall.sdk.event.StockLow;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;

@IntegrationTest
class OrderPlacementTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    Carts carts;
    @Autowired
    OrderAdministration orders;
    @Autowired
    OrderPayments payments;
    @Autowired
    OrderLookup lookup;
    @Autowired
    OrderEventsRecorder events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void placing_an_order_takes_the_stock_and_keeps_lines_breakdown_and_history() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("coat", 129_000, 159_000, Map.of("M", 7));
        String sku = fixture.sku("coat-M");
        CartOwner guest = fixture.guestCartWith(sku, 2);

        PlacedOrder placed = checkout.place(guest, OrderFixture.checkout("63100", "4321"));

        assertThat(placed.state()).isEqualTo(OrderState.PAYMENT_PENDING);
        assertThat(placed.orderNumber()).matches("\\d{8}-\\d{6}");
        assertThat(placed.paymentRedirect()).as("the shop's test gateway takes the payment").startsWith("/pay/test/");
        assertThat(fixture.stock(sku)).isEqualTo(5);
        assertThat(carts.count(guest)).as("the ordered line left the cart").isZero();

        OrderDetail order = orders.detail(placed.orderNumber()).orElseThrow();
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.productName()).isEqualTo("coat " + fixture.suffix);
            assertThat(line.optionText()).isEqualTo("M");
            assertThat(line.sku()).isEqualTo(sku);
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.unitPrice()).isEqualTo(Money.won(129_000));
            assertThat(line.listUnitPrice()).isEqualTo(Money.won(159_000));
        });
        assertThat(order.breakdown().itemsAmount()).isEqualTo(Money.won(258_000));
        assertThat(order.breakdown().shippingFee()).as("free over 50,000").isEqualTo(Money.ZERO);
        assertThat(order.breakdown().remoteAreaSurcharge()).as("63100 is Jeju").isEqualTo(Money.won(3_000));
        assertThat(order.breakdown().remoteArea()).isEqualTo("제주");
        assertThat(order.breakdown().finalAmount()).isEqualTo(Money.won(261_000)).isEqualTo(placed.chargedAmount());
        assertThat(order.breakdown().addsUp()).isTrue();
        assertThat(order.address().roadAddress()).isEqualTo("서울특별시 중구 세종대로 110");
        assertThat(order.orderer().phone()).isEqualTo("01012345678");
        assertThat(order.history()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("PLACE");
            assertThat(entry.to()).isEqualTo(OrderState.PAYMENT_PENDING);
        });
        assertThat(order.expiresAt()).isAfter(order.placedAt());

        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(OrderPlaced.class).stream()
                .anyMatch(e -> e.orderNumber().equals(placed.orderNumber())
                        && e.chargedAmount().equals(Money.won(261_000))));
    }

    @Test
    void an_order_event_in_the_outbox_reads_back_as_it_was_published_for_redelivery() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("outbox", 44_000, 3);
        PlacedOrder placed = checkout.place(fixture.guestCartWith(fixture.sku("outbox-M"), 1), OrderFixture.guestCheckout("1234"));

        // One publication per listener (webhooks, module delivery, ...), each with the same serialized event.
        String stored = jdbc.queryForList("SELECT SERIALIZED_EVENT FROM EVENT_PUBLICATION WHERE EVENT_TYPE = ?"
                + " AND SERIALIZED_EVENT LIKE ?", String.class, OrderPlaced.class.getName(), "%" + placed.orderNumber() + "%")
                .get(0);
        Object read = context.getBean(EventSerializer.class).deserialize(stored, OrderPlaced.class);

        assertThat(read).isInstanceOfSatisfying(OrderPlaced.class, event -> {
            assertThat(event.orderNumber()).isEqualTo(placed.orderNumber());
            assertThat(event.chargedAmount()).isEqualTo(Money.won(47_000));
            assertThat(event.memberId()).isNull();
        });
    }

    @Test
    void personal_data_never_reaches_the_table_in_plain_text() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("socks", 9_000, 3);
        PlacedOrder placed = checkout.place(fixture.guestCartWith(fixture.sku("socks-M"), 1), OrderFixture.guestCheckout("4321"));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM shop_order WHERE order_number = ?", placed.orderNumber());

        assertThat(row.values().toString()).doesNotContain("홍길동", "김수령", "01012345678", "01098765432", "세종대로",
                "301호", "04524", "hong@example.com", "문 앞에", "4321");
        assertThat((String) row.get("recipient_name")).matches("[\\w-]+:[A-Za-z0-9+/=]+");
    }

    @Test
    void a_guest_finds_the_order_with_number_phone_and_password_and_nothing_else_works() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("cap", 25_000, 3);
        PlacedOrder placed = checkout.place(fixture.guestCartWith(fixture.sku("cap-M"), 1), OrderFixture.guestCheckout("pass-9"));

        assertThat(lookup.guestOrder(placed.orderNumber(), "010-1234-5678", "pass-9")).isPresent();
        assertThat(lookup.guestOrder(placed.orderNumber(), "01012345678", "pass-9")).isPresent();
        assertThat(lookup.guestOrder(placed.orderNumber(), "010-1234-5678", "pass-8")).isEmpty();
        assertThat(lookup.guestOrder(placed.orderNumber(), "010-0000-5678", "pass-9")).isEmpty();
        assertThat(lookup.guestOrder("20000101-000001", "010-1234-5678", "pass-9")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT guest_password_hash FROM shop_order WHERE order_number = ?", String.class,
                placed.orderNumber())).startsWith("{argon2}");
    }

    @Test
    void the_same_form_submitted_twice_places_one_order() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("twice", 30_000, 5);
        CartOwner guest = fixture.guestCartWith(fixture.sku("twice-M"), 1);
        var form = OrderFixture.guestCheckout("1234");

        PlacedOrder first = checkout.place(guest, form);
        PlacedOrder second = checkout.place(guest, form);

        assertThat(second.orderNumber()).isEqualTo(first.orderNumber());
        assertThat(fixture.stock(fixture.sku("twice-M"))).isEqualTo(4);
    }

    @Test
    void a_changed_price_or_stock_is_told_before_the_order_is_placed() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("tee", 19_000, 5);
        String sku = fixture.sku("tee-M");
        CartOwner guest = fixture.guestCartWith(sku, 4);
        jdbc.update("UPDATE product SET price = 21000, list_price = 21000 WHERE slug = ?", fixture.slug("tee"));
        jdbc.update("UPDATE product_variant SET stock = 2 WHERE sku = ?", sku);

        assertThatThrownBy(() -> checkout.place(guest, OrderFixture.guestCheckout("1234")))
                .isInstanceOfSatisfying(CheckoutRejected.class, rejected -> {
                    assertThat(rejected.problems()).extracting(p -> p.code()).containsExactly("cart-changed");
                    assertThat(rejected.changes()).extracting(c -> c.kind().name())
                            .containsExactly("QUANTITY_REDUCED", "PRICE_CHANGED");
                });
        assertThat(fixture.stock(sku)).isEqualTo(2);

        // The shopper has now seen the changes: the next submission goes through at the new price and quantity.
        PlacedOrder placed = checkout.place(guest, OrderFixture.guestCheckout("1234"));
        assertThat(placed.chargedAmount()).isEqualTo(Money.won(42_000 + 3_000));
        assertThat(fixture.stock(sku)).isZero();
    }

    @Test
    void an_amount_other_than_the_one_shown_is_not_charged() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("mug", 15_000, 5);
        CartOwner guest = fixture.guestCartWith(fixture.sku("mug-M"), 1);
        var seen = OrderFixture.guestCheckout("1234");
        var tampered = new io.tunemall.order.api.CheckoutRequest(seen.orderer(), seen.address(), null, "1234", null,
                null, Money.won(1_000), seen.checkoutToken(), seen.locale());

        assertThatThrownBy(() -> checkout.place(guest, tampered)).isInstanceOfSatisfying(CheckoutRejected.class,
                rejected -> assertThat(rejected.problems()).singleElement()
                        .satisfies(p -> assertThat(p.arguments()).containsExactly("18000")));
        assertThat(fixture.stock(fixture.sku("mug-M"))).isEqualTo(5);
    }

    @Test
    void payment_is_recorded_only_for_the_exact_amount_and_only_once() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("bag", 60_000, 9);
        PlacedOrder placed = checkout.place(fixture.guestCartWith(fixture.sku("bag-M"), 1), OrderFixture.guestCheckout("1234"));

        assertThatThrownBy(() -> payments.markPaid(placed.orderNumber(), "pay-x", Money.won(59_000)))
                .isInstanceOf(PaymentAmountMismatch.class);
        assertThat(payments.due(placed.orderNumber()).amount()).isEqualTo(Money.won(60_000));

        payments.markPaid(placed.orderNumber(), "pay-x", Money.won(60_000));
        payments.markPaid(placed.orderNumber(), "pay-x", Money.won(60_000));

        OrderDetail order = orders.detail(placed.orderNumber()).orElseThrow();
        assertThat(order.state()).isEqualTo(OrderState.PAID);
        assertThat(order.paymentId()).isEqualTo("pay-x");
        assertThat(order.history()).extracting(h -> h.action()).containsExactly("PLACE", "PAY");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(OrderPaid.class).stream()
                .filter(e -> e.orderNumber().equals(placed.orderNumber())).count() == 1);
    }

    @Test
    void a_cancelled_order_cannot_be_paid_any_more() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("late", 20_000, 9);
        PlacedOrder placed = checkout.place(fixture.guestCartWith(fixture.sku("late-M"), 1), OrderFixture.guestCheckout("1234"));
        orders.cancel(placed.orderNumber(), io.tunemall.order.api.Actor.staff("김운영"), "고객 요청");

        assertThatThrownBy(() -> payments.markPaid(placed.orderNumber(), "pay-late", Money.won(23_000)))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("CANCELLED");
        assertThat(fixture.stock(fixture.sku("late-M"))).isEqualTo(9);
    }

    @Test
    void taking_a_sku_below_the_low_stock_threshold_tells_once() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("low", 10_000, 7);
        String sku = fixture.sku("low-M");

        checkout.place(fixture.guestCartWith(sku, 2), OrderFixture.guestCheckout("1234"));
        checkout.place(fixture.guestCartWith(sku, 1), OrderFixture.guestCheckout("1234"));

        await().atMost(Duration.ofSeconds(10)).until(() -> events.of(StockLow.class).stream().anyMatch(e -> e.sku().equals(sku)));
        assertThat(events.of(StockLow.class)).filteredOn(e -> e.sku().equals(sku)).singleElement()
                .satisfies(e -> assertThat(e.remaining()).isEqualTo(5));
    }
}
