package io.tunemall.benefit;

import static io.tunemall.benefit.BenefitFixtures.newMember;
import static io.tunemall.sdk.Money.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tunemall.member.api.GradeAdministration;
import io.tunemall.member.api.GradeDraft;
import io.tunemall.member.api.GradeTier;
import io.tunemall.member.api.PointAdjustment;
import io.tunemall.member.api.PointAdministration;
import io.tunemall.member.api.PointLedger;
import io.tunemall.order.OrderFixture;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Carts;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.CheckoutPreview;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderPayments;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.order.order.UnpaidOrderExpiry;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.Initiator;
import io.tunemall.sdk.event.OrderPurchaseConfirmed;
import io.tunemall.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member's grade and points at checkout and after: the grade discount and free shipping in the breakdown, points
 * spent when the order is placed and given back when it is cancelled or expires, points earned once on the confirmed
 * purchase, and the paid and refunded amounts the nightly re-grading counts.
 */
@IntegrationTest
class MemberOrderBenefitsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GradeAdministration grades;
    @Autowired
    PointAdministration pointAdmin;
    @Autowired
    PointLedger points;
    @Autowired
    Carts carts;
    @Autowired
    Checkout checkout;
    @Autowired
    OrderAdministration orders;
    @Autowired
    OrderPayments payments;
    @Autowired
    UnpaidOrderExpiry expiry;
    @Autowired
    TransactionTemplate transaction;

    OrderFixture fixture;
    long member;
    String gradeName;
    final Actor staff = Actor.staff("김운영");

    /** A member holding a hand-given grade of 5 % off, 3 % points and free shipping, with 5,000 points. */
    @BeforeEach
    void aGoldMemberWithPoints() {
        fixture = new OrderFixture(context);
        member = newMember(jdbc);
        int top = grades.tiers().stream().mapToInt(GradeTier::level).max().orElse(0);
        String code = "B" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        gradeName = "골드 " + code;
        // No entry amount: only staff give it, so the re-grading of other tests' members never meets it.
        long grade = grades.createTier(new GradeDraft(code, gradeName, top + 1, 500, 300, true, null, false), "owner");
        grades.override(member, grade, "test", "owner");
        pointAdmin.adjust(new PointAdjustment(member, false, won(5_000), LocalDate.now().plusYears(1), "welcome",
                "owner"));
    }

    CartOwner cartWith(String name, long price, int quantity) {
        fixture.product(name, price, price, Map.of("M", 10));
        CartOwner owner = CartOwner.member(member);
        carts.add(owner, fixture.variantId(fixture.sku(name + "-M")), quantity);
        return owner;
    }

    static CheckoutRequest usingPoints(long won) {
        CheckoutRequest form = OrderFixture.checkout("04524", null);
        return new CheckoutRequest(form.orderer(), form.address(), form.deliveryMessage(), null, Money.won(won), null,
                null, form.checkoutToken(), form.locale());
    }

    Money balance() {
        return points.balance(member).available();
    }

    @Test
    void the_checkout_shows_the_grade_discount_free_shipping_and_the_points_balance() {
        CartOwner owner = cartWith("graded", 20_000, 1);

        CheckoutPreview preview = checkout.preview(owner, usingPoints(0));

        assertThat(preview.member()).isTrue();
        assertThat(preview.breakdown().gradeDiscount()).isEqualTo(won(1_000));
        assertThat(preview.breakdown().gradeName()).isEqualTo(gradeName);
        assertThat(preview.breakdown().shippingFee()).as("the grade ships free below the threshold").isEqualTo(Money.ZERO);
        assertThat(preview.pointsBalance()).isEqualTo(won(5_000));
        assertThat(preview.breakdown().finalAmount()).isEqualTo(won(19_000));
    }

    @Test
    void points_spent_on_an_order_come_back_when_it_is_cancelled() {
        PlacedOrder placed = checkout.place(cartWith("spent", 20_000, 1), usingPoints(3_000));

        assertThat(placed.chargedAmount()).isEqualTo(won(16_000));
        assertThat(balance()).isEqualTo(won(2_000));

        orders.cancel(placed.orderNumber(), staff, "changed my mind");

        assertThat(balance()).isEqualTo(won(5_000));
        BenefitFixtures.assertLedgerAddsUp(jdbc, member);
    }

    @Test
    void points_spent_on_an_order_that_expires_unpaid_come_back() {
        PlacedOrder placed = checkout.place(cartWith("expired-points", 20_000, 1), usingPoints(5_000));
        assertThat(balance()).isEqualTo(Money.ZERO);
        jdbc.update("UPDATE shop_order SET expires_at = ? WHERE order_number = ?",
                Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now().minus(Duration.ofMinutes(1)), ZoneOffset.UTC)), placed.orderNumber());

        assertThat(expiry.expire(orderId(placed))).isTrue();

        assertThat(balance()).isEqualTo(won(5_000));
    }

    @Test
    void a_partial_cancellation_gives_back_the_lines_share_of_the_points() {
        fixture.product("part-a", 10_000, 10_000, Map.of("M", 10));
        fixture.product("part-b", 10_000, 10_000, Map.of("M", 10));
        CartOwner owner = CartOwner.member(member);
        carts.add(owner, fixture.variantId(fixture.sku("part-a-M")), 1);
        carts.add(owner, fixture.variantId(fixture.sku("part-b-M")), 1);
        PlacedOrder placed = checkout.place(owner, usingPoints(4_000));
        payments.markPaid(placed.orderNumber(), "pay-" + placed.orderNumber(), placed.chargedAmount());

        orders.cancelLines(placed.orderNumber(), java.util.List.of(1), staff, "one is enough");
        Money afterFirst = balance();
        assertThat(afterFirst).isGreaterThan(won(1_000)).isLessThan(won(5_000));

        orders.cancelLines(placed.orderNumber(), java.util.List.of(2), staff, "none after all");
        assertThat(balance()).isEqualTo(won(5_000));
        BenefitFixtures.assertLedgerAddsUp(jdbc, member);
    }

    @Test
    void a_confirmed_purchase_earns_the_grade_rate_once_and_the_purchase_counts_for_the_grade() {
        PlacedOrder placed = checkout.place(cartWith("earning", 20_000, 1), usingPoints(1_000));
        assertThat(placed.chargedAmount()).isEqualTo(won(18_000));
        payments.markPaid(placed.orderNumber(), "pay-" + placed.orderNumber(), placed.chargedAmount());
        await().atMost(Duration.ofSeconds(10)).until(() -> purchase(placed.orderNumber(), "paid_won") == 18_000L);

        orders.prepare(placed.orderNumber(), staff);
        orders.ship(placed.orderNumber(), staff);
        orders.deliver(placed.orderNumber(), staff);
        orders.confirmPurchase(placed.orderNumber(), Actor.shopper());

        // 3 % of the 18,000 won paid in money for the goods (the points spent earn nothing; shipping was free).
        await().atMost(Duration.ofSeconds(10)).until(() -> earned(placed.orderNumber()) == 540L);
        assertThat(balance()).isEqualTo(won(4_000 + 540));

        // The outbox delivers at least once: the same confirmation again earns nothing more.
        transaction.executeWithoutResult(status -> context.publishEvent(new OrderPurchaseConfirmed(
                placed.orderNumber(), member, placed.chargedAmount(), Initiator.SYSTEM, Instant.now())));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> earnEntries(placed.orderNumber()) == 1L);
        assertThat(balance()).isEqualTo(won(4_540));
        BenefitFixtures.assertLedgerAddsUp(jdbc, member);
    }

    @Test
    void a_refund_is_recorded_so_the_re_grading_counts_what_the_member_kept() {
        PlacedOrder placed = checkout.place(cartWith("refunded", 30_000, 1), usingPoints(0));
        payments.markPaid(placed.orderNumber(), "pay-" + placed.orderNumber(), placed.chargedAmount());
        await().atMost(Duration.ofSeconds(10)).until(() -> purchase(placed.orderNumber(), "paid_won") == 28_500L);

        orders.cancel(placed.orderNumber(), staff, "out of stock at the warehouse");

        await().atMost(Duration.ofSeconds(10)).until(() -> purchase(placed.orderNumber(), "refunded_won") == 28_500L);
        assertThat(grades.gradeOf(member).trailingPaid()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_guest_order_earns_nothing_and_is_not_recorded() {
        fixture.product("guest-bought", 20_000, 5);
        PlacedOrder placed = checkout.place(fixture.guestCartWith(fixture.sku("guest-bought-M"), 1),
                OrderFixture.guestCheckout("1234"));
        payments.markPaid(placed.orderNumber(), "pay-" + placed.orderNumber(), placed.chargedAmount());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM member_purchase WHERE order_number = ?",
                        Long.class, placed.orderNumber()) == 0L);
    }

    long orderId(PlacedOrder placed) {
        return jdbc.queryForObject("SELECT id FROM shop_order WHERE order_number = ?", Long.class, placed.orderNumber());
    }

    Long purchase(String orderNumber, String column) {
        return jdbc.query("SELECT " + column + " FROM member_purchase WHERE order_number = ?",
                rs -> rs.next() ? rs.getLong(1) : null, orderNumber);
    }

    long earned(String orderNumber) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM point_entry WHERE order_number = ? "
                + "AND kind = 'EARN'", Long.class, orderNumber);
    }

    long earnEntries(String orderNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM point_entry WHERE order_number = ? AND kind = 'EARN'",
                Long.class, orderNumber);
    }
}
