package io.tunemall.order.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tunemall.order.OrderFixture;
import io.tunemall.order.PaidOrders;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimReason;
import io.tunemall.order.api.ClaimRequest;
import io.tunemall.order.api.ClaimState;
import io.tunemall.order.api.ClaimView;
import io.tunemall.order.api.Claims;
import io.tunemall.order.api.LineState;
import io.tunemall.order.api.OrderAction;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderRefunds;
import io.tunemall.order.api.RefundState;
import io.tunemall.order.api.RefundView;
import io.tunemall.payment.api.Payments;
import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.Initiator;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Returns and exchanges of delivered lines, from the shopper's request to the refund or the re-shipment. */
@IntegrationTest
class ClaimsTest {

    static final Actor STAFF = Actor.staff("김운영");

    @Autowired
    ApplicationContext context;
    @Autowired
    OrderAdministration orders;
    @Autowired
    Claims claims;
    @Autowired
    OrderRefunds refunds;
    @Autowired
    Payments payments;
    @Autowired
    ClaimEventsRecorder events;

    @Test
    void a_return_for_a_change_of_mind_refunds_the_lines_paid_share_less_the_return_fee_and_restocks_them()
            throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("knit", 39_000, 5);
        fixture.product("beanie", 18_000, 5);
        String orderNumber = delivered(fixture, fixture.sku("knit-M"), fixture.sku("beanie-M"));
        assertThat(fixture.stock(fixture.sku("knit-M"))).isEqualTo(4);

        ClaimView claim = claims.request(new ClaimRequest(orderNumber, ClaimKind.RETURN, List.of(1),
                ClaimReason.CHANGE_OF_MIND, "색이 화면과 달라요"), Actor.shopper());

        assertThat(claim.state()).isEqualTo(ClaimState.REQUESTED);
        assertThat(claim.returnFee()).isEqualTo(Money.won(6_000));
        assertThat(claim.refundAmount()).isEqualTo(Money.won(33_000));
        assertThat(orders.detail(orderNumber).orElseThrow().allows(OrderAction.CONFIRM_PURCHASE)).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> events.requested().stream()
                .anyMatch(event -> event.claimId() == claim.id() && event.kind().equals("RETURN")
                        && event.initiator() == Initiator.SHOPPER && event.lineNumbers().equals(List.of(1))));

        claims.approve(claim.id(), STAFF, "반품 승인");
        claims.collect(claim.id(), STAFF, "회수 완료");
        ClaimView done = claims.complete(claim.id(), STAFF, "검수 이상 없음");

        assertThat(done.state()).isEqualTo(ClaimState.COMPLETED);
        assertThat(fixture.stock(fixture.sku("knit-M"))).as("restocked").isEqualTo(5);
        await().atMost(Duration.ofSeconds(15)).until(() -> refunds.refunds(orderNumber).stream()
                .anyMatch(refund -> refund.state() == RefundState.DONE));
        RefundView refund = refunds.refunds(orderNumber).get(0);
        assertThat(refund.amount()).isEqualTo(Money.won(33_000));
        assertThat(refund.claimId()).isEqualTo(claim.id());
        assertThat(payments.status(orderNumber).orElseThrow().cancelledAmount()).isEqualTo(Money.won(33_000));
        OrderDetail order = orders.detail(orderNumber).orElseThrow();
        assertThat(order.lines().get(0).state()).isEqualTo(LineState.RETURNED);
        assertThat(order.lines().get(1).state()).isEqualTo(LineState.ORDERED);
        assertThat(order.refundedAmount()).isEqualTo(Money.won(33_000));
        assertThat(order.history()).extracting(entry -> entry.action()).containsSubsequence("CLAIM_REQUEST",
                "CLAIM_APPROVE", "CLAIM_COLLECT", "CLAIM_COMPLETE", "REFUND");
        assertThat(order.history()).filteredOn(entry -> entry.action().equals("CLAIM_APPROVE"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actorName()).isEqualTo("김운영");
                    assertThat(entry.reason()).contains("반품 승인");
                });
        assertThat(order.allows(OrderAction.CONFIRM_PURCHASE)).isTrue();
    }

    @Test
    void an_exchange_takes_stock_for_the_replacement_and_records_its_reshipment_without_a_refund() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("boots", 89_000, 3);
        String orderNumber = delivered(fixture, fixture.sku("boots-M"));

        ClaimView claim = claims.request(new ClaimRequest(orderNumber, ClaimKind.EXCHANGE, List.of(1),
                ClaimReason.DEFECTIVE, "굽이 떨어졌어요"), Actor.shopper());
        assertThat(claim.returnFee()).as("the shop's fault: the shop pays the shipping").isEqualTo(Money.ZERO);
        claims.approve(claim.id(), STAFF, null);
        claims.collect(claim.id(), STAFF, null);
        ClaimView done = claims.complete(claim.id(), STAFF, "새 상품 발송");

        assertThat(done.state()).isEqualTo(ClaimState.COMPLETED);
        assertThat(done.reshippedAt()).isNotNull();
        assertThat(fixture.stock(fixture.sku("boots-M"))).as("one sold, one replacement").isEqualTo(1);
        OrderDetail order = orders.detail(orderNumber).orElseThrow();
        assertThat(order.lines().get(0).state()).isEqualTo(LineState.EXCHANGED);
        assertThat(order.history()).anyMatch(entry -> entry.action().equals("EXCHANGE_RESHIP"));
        assertThat(refunds.refunds(orderNumber)).isEmpty();
        assertThat(order.refundedAmount()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_withdrawn_request_gives_the_line_back_and_claims_are_refused_before_delivery() throws Exception {
        OrderFixture fixture = new OrderFixture(context);
        fixture.product("gloves", 25_000, 3);
        String paid = new PaidOrders(context).paidGuestOrder(fixture, "pw-c", fixture.sku("gloves-M"));

        assertThatThrownBy(() -> claims.request(new ClaimRequest(paid, ClaimKind.RETURN, List.of(1),
                ClaimReason.CHANGE_OF_MIND, null), Actor.shopper()))
                .isInstanceOfSatisfying(ShopException.class, refused -> assertThat(refused.code()).isEqualTo("claim-not-allowed"));

        String orderNumber = delivered(fixture, fixture.sku("gloves-M"));
        ClaimView claim = claims.request(new ClaimRequest(orderNumber, ClaimKind.RETURN, List.of(1),
                ClaimReason.CHANGE_OF_MIND, null), Actor.shopper());
        claims.withdraw(claim.id(), Actor.shopper());

        assertThat(claims.ofOrder(orderNumber)).singleElement()
                .satisfies(view -> assertThat(view.state()).isEqualTo(ClaimState.WITHDRAWN));
        assertThat(orders.detail(orderNumber).orElseThrow().lines().get(0).state()).isEqualTo(LineState.ORDERED);
        assertThat(orders.confirmPurchase(orderNumber, Actor.shopper()).state().name()).isEqualTo("PURCHASE_CONFIRMED");
    }

    private String delivered(OrderFixture fixture, String... skus) throws Exception {
        String orderNumber = new PaidOrders(context).paidGuestOrder(fixture, "pw-claim", skus);
        orders.prepare(orderNumber, STAFF);
        orders.ship(orderNumber, STAFF);
        orders.deliver(orderNumber, Actor.system("tracking"));
        return orderNumber;
    }
}
