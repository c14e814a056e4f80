package io.tunemall.order.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.order.OrderFixture;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Carts;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.CheckoutRejected;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.CouponAdministration;
import io.tunemall.order.api.CouponChoice;
import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponKind;
import io.tunemall.order.api.Coupons;
import io.tunemall.order.api.MemberCouponView;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Coupons at checkout on real MariaDB: the discount in the breakdown, the limits under racing checkouts, cancel. */
@IntegrationTest
class CouponRedemptionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Checkout checkout;
    @Autowired
    Carts carts;
    @Autowired
    CouponAdministration admin;
    @Autowired
    Coupons coupons;
    @Autowired
    OrderAdministration orders;
    @Autowired
    JdbcTemplate jdbc;

    static long newMemberId() {
        return 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    static CouponDraft fixed(String name, long amount, long minimum, Integer totalLimit, CouponIssueMethod method) {
        return new CouponDraft(name, CouponKind.FIXED, Money.won(amount), 0, null, Money.won(minimum), Set.of(),
                Set.of(), Set.of(), null, null, 30, 1, totalLimit, method, null, true);
    }

    static CheckoutRequest withCoupon(String couponId) {
        CheckoutRequest form = OrderFixture.guestCheckout("1234");
        return new CheckoutRequest(form.orderer(), form.address(), form.deliveryMessage(), null, Money.ZERO, couponId,
                null, form.checkoutToken(), form.locale());
    }

    @Test
    void twenty_members_racing_for_a_coupon_limited_to_five_uses_end_with_exactly_five_orders_using_it()
            throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("coupon-race", 20_000, 100);
        String sku = fixture.sku("coupon-race-M");
        long couponId = admin.create(fixed("선착순 5명 3천원", 3_000, 0, 5, CouponIssueMethod.MANUAL));
        List<CartOwner> buyers = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long member = newMemberId();
            buyers.add(carts.add(CartOwner.member(member), fixture.variantId(sku), 1).owner());
            copies.add(String.valueOf(admin.issueTo(couponId, member, "race-test")));
        }
        Set<String> placed = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CartOwner buyer = buyers.get(i);
            String copy = copies.get(i);
            runs.add(pool.submit((Callable<Void>) () -> {
                start.await();
                try {
                    placed.add(checkout.place(buyer, withCoupon(copy)).orderNumber());
                } catch (CheckoutRejected usedUp) {
                    assertThat(usedUp.problems()).extracting(p -> p.code()).containsExactly("coupon-used-up");
                    refused.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shop_order o JOIN member_coupon m "
                + "ON m.used_order_number = o.order_number WHERE m.coupon_id = ? AND o.coupon_discount = 3000",
                Integer.class, couponId)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shop_order WHERE order_number IN (" + String.join(",",
                placed.stream().map(n -> "'" + n + "'").toList()) + ") AND coupon_discount > 0", Integer.class))
                .as("no order got the discount without spending the coupon").isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_coupon WHERE coupon_id = ? "
                + "AND used_order_number IS NOT NULL", Integer.class, couponId)).isEqualTo(5);
        assertThat(admin.coupon(couponId).orElseThrow().usedCount()).isEqualTo(5);
        // A checkout priced after the fifth use committed is not offered the coupon (placed at full price, which the
        // storefront's expected amount would catch); one priced before is refused when redeeming.
        assertThat(placed.size() + refused.get()).isEqualTo(20);
        assertThat(refused.get()).isGreaterThan(0);
        assertThat(fixture.stock(sku)).as("refused orders took no stock").isEqualTo(100 - placed.size());
    }

    @Test
    void a_coupon_shows_in_the_breakdown_and_cancelling_the_order_gives_it_back() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("coupon-cancel", 30_000, 10);
        String sku = fixture.sku("coupon-cancel-M");
        long member = newMemberId();
        long couponId = admin.create(fixed("3천원 할인", 3_000, 20_000, null, CouponIssueMethod.MANUAL));
        String copy = String.valueOf(admin.issueTo(couponId, member, "test"));
        CartOwner owner = carts.add(CartOwner.member(member), fixture.variantId(sku), 1).owner();

        List<CouponChoice> offered = coupons.choices(owner, withCoupon(null));
        assertThat(offered).containsExactly(new CouponChoice(copy, "3천원 할인", Money.won(3_000)));

        PlacedOrder placed = checkout.place(owner, withCoupon(copy));
        OrderDetail detail = orders.detail(placed.orderNumber()).orElseThrow();
        assertThat(detail.breakdown().couponDiscount()).isEqualTo(Money.won(3_000));
        assertThat(detail.breakdown().couponName()).isEqualTo("3천원 할인");
        assertThat(statusOf(member, copy)).isEqualTo(MemberCouponView.Status.USED);
        assertThat(admin.coupon(couponId).orElseThrow().usedCount()).isEqualTo(1);

        orders.cancel(placed.orderNumber(), Actor.staff("coupon-test"), "test");

        assertThat(statusOf(member, copy)).isEqualTo(MemberCouponView.Status.USABLE);
        assertThat(admin.coupon(couponId).orElseThrow().usedCount()).isZero();
    }

    @Test
    void a_used_coupon_cannot_be_used_on_a_second_order() {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("coupon-twice", 30_000, 10);
        String sku = fixture.sku("coupon-twice-M");
        long member = newMemberId();
        long couponId = admin.create(fixed("한 번만", 2_000, 0, null, CouponIssueMethod.MANUAL));
        String copy = String.valueOf(admin.issueTo(couponId, member, "test"));
        CartOwner owner = carts.add(CartOwner.member(member), fixture.variantId(sku), 1).owner();
        checkout.place(owner, withCoupon(copy));
        carts.add(owner, fixture.variantId(sku), 1);

        PlacedOrder second = checkout.place(owner, withCoupon(copy));

        assertThat(orders.detail(second.orderNumber()).orElseThrow().breakdown().couponDiscount()).isEqualTo(Money.ZERO);
        assertThat(coupons.choices(owner, withCoupon(null))).isEmpty();
    }

    private MemberCouponView.Status statusOf(long member, String copy) {
        return coupons.mine(member).stream().filter(c -> String.valueOf(c.id()).equals(copy)).findFirst().orElseThrow()
                .status();
    }
}
