package io.tunemall.order.order;

import static io.tunemall.order.order.OrderStateMachineTest.PLACED;
import static io.tunemall.order.order.OrderStateMachineTest.STAFF;
import static io.tunemall.order.order.OrderStateMachineTest.threeLineOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.LineState;
import io.tunemall.order.api.OrderAction;
import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines in returns and exchanges, as the order sees them. */
class OrderClaimLinesTest {

    static Order delivered() {
        Order order = threeLineOrder();
        order.pay("pay-1", Money.won(52_000), PLACED.plusSeconds(60));
        order.advance(OrderAction.PREPARE, STAFF, PLACED.plusSeconds(120));
        order.advance(OrderAction.SHIP, STAFF, PLACED.plusSeconds(180));
        order.advance(OrderAction.DELIVER, Actor.system("tracking"), PLACED.plusSeconds(240));
        return order;
    }

    @Test
    void claims_start_only_after_delivery() {
        Order paid = threeLineOrder();
        paid.pay("pay-1", Money.won(52_000), PLACED.plusSeconds(60));

        assertThatThrownBy(() -> paid.claim(List.of(1))).isInstanceOfSatisfying(ShopException.class,
                refused -> assertThat(refused.code()).isEqualTo("claim-not-allowed"));
    }

    @Test
    void a_claimed_line_holds_the_purchase_confirmation_until_the_claim_ends() {
        Order order = delivered();

        order.claim(List.of(2));

        assertThat(order.lines().get(1).state()).isEqualTo(LineState.CLAIMED);
        assertThat(order.allowedActions()).doesNotContain(OrderAction.CONFIRM_PURCHASE);
        assertThatThrownBy(() -> order.advance(OrderAction.CONFIRM_PURCHASE, Actor.shopper(), PLACED.plusSeconds(300)))
                .isInstanceOfSatisfying(ShopException.class, refused -> assertThat(refused.code()).isEqualTo("claim-open"));
        assertThatThrownBy(() -> order.claim(List.of(2, 3))).as("a line is in one claim at a time")
                .isInstanceOf(ShopException.class);

        order.releaseClaim(List.of(2));

        assertThat(order.lines().get(1).state()).isEqualTo(LineState.ORDERED);
        assertThat(order.allowedActions()).contains(OrderAction.CONFIRM_PURCHASE);
    }

    @Test
    void a_completed_return_counts_its_refund_and_points_and_an_exchange_keeps_nothing_back() {
        Order order = delivered();
        order.claim(List.of(1));
        order.claim(List.of(3));

        order.completeReturn(List.of(1), Money.won(8_211), Money.won(789), PLACED.plusSeconds(400));
        order.completeExchange(List.of(3), PLACED.plusSeconds(400));

        assertThat(order.lines()).extracting(OrderLine::state)
                .containsExactly(LineState.RETURNED, LineState.ORDERED, LineState.EXCHANGED);
        assertThat(order.refunded()).isEqualTo(Money.won(8_211));
        assertThat(order.pointsReturned()).isEqualTo(Money.won(789));
        assertThat(order.hasOpenClaim()).isFalse();
        assertThatThrownBy(() -> order.completeReturn(List.of(1), Money.won(1), Money.ZERO, PLACED))
                .as("a returned line is not returned twice").isInstanceOf(ShopException.class);
    }
}
