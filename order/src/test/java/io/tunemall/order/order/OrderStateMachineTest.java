package io.tunemall.order.order;

import io.tunemall.platform.privacy.Masked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.IllegalTransition;
import io.tunemall.order.api.LineState;
import io.tunemall.order.api.OrderAction;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.PaymentAmountMismatch;
import io.tunemall.order.api.PriceBreakdown;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.Initiator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderStateMachineTest {

    static final Instant PLACED = Instant.parse("2026-11-23T03:00:00Z");
    static final Actor STAFF = Actor.staff("김운영");

    /**
     * An order of three lines (10,000 / 20,000 / 30,000), a 6,000 coupon, 3,000 shipping and 5,000 points:
     * charged 52,000.
     */
    static Order threeLineOrder() {
        List<PriceBreakdown.Line> lines = new ArrayList<>();
        List<LineSnapshot> snapshots = new ArrayList<>();
        long[] amounts = {10_000, 20_000, 30_000};
        long[] discountShares = {1_000, 2_000, 3_000};
        long[] pointShares = {789, 1_578, 2_368};
        for (int i = 0; i < 3; i++) {
            Money amount = Money.won(amounts[i]);
            lines.add(new PriceBreakdown.Line(i, i + 1, "SKU-" + (i + 1), "상품 " + (i + 1), "M", 1, amount, amount,
                    Money.ZERO, false, List.of(), amount));
            snapshots.add(new LineSnapshot(i + 1, 100 + i, i + 1, "SKU-" + (i + 1), "상품 " + (i + 1), "M", 1, amount,
                    amount, Money.ZERO, false, Money.ZERO, amount, Money.won(discountShares[i]), Money.won(pointShares[i]),
                    false));
        }
        PriceBreakdown charged = new PriceBreakdown(lines, Money.won(60_000), Money.ZERO, Money.won(60_000), Money.ZERO,
                null, Money.won(6_000), "쿠폰", List.of(), Money.won(54_000), Money.won(3_000), Money.ZERO, null,
                Money.won(5_000), Money.won(52_000), List.of());
        SealedParties parties = new SealedParties("n", "p", null, "r", "rp", "pc", "road", "detail", null);
        return Order.place("20261123-000001", 7L, null, null, "상품 1 외 2건", parties, charged, "C1", snapshots,
                PLACED, PLACED.plus(Duration.ofMinutes(30)), Actor.shopper());
    }

    static Order paid() {
        Order order = threeLineOrder();
        order.pay("pay-1", Money.won(52_000), PLACED.plusSeconds(60));
        return order;
    }

    @Test
    void an_order_walks_from_payment_to_purchase_confirmation_recording_each_step() {
        Order order = paid();
        order.advance(OrderAction.PREPARE, STAFF, PLACED.plusSeconds(120));
        order.advance(OrderAction.SHIP, STAFF, PLACED.plusSeconds(180));
        order.advance(OrderAction.DELIVER, Actor.system("tracking"), PLACED.plusSeconds(240));
        order.advance(OrderAction.CONFIRM_PURCHASE, Actor.shopper(), PLACED.plusSeconds(300));

        assertThat(order.state()).isEqualTo(OrderState.PURCHASE_CONFIRMED);
        assertThat(order.history()).extracting(OrderHistoryRow::action)
                .containsExactly("PLACE", "PAY", "PREPARE", "SHIP", "DELIVER", "CONFIRM_PURCHASE");
        assertThat(order.history()).extracting(OrderHistoryRow::to).containsExactly(OrderState.PAYMENT_PENDING,
                OrderState.PAID, OrderState.PREPARING, OrderState.SHIPPED, OrderState.DELIVERED,
                OrderState.PURCHASE_CONFIRMED);
        OrderHistoryRow prepared = order.history().get(2);
        assertThat(prepared.from()).isEqualTo(OrderState.PAID);
        assertThat(prepared.initiator()).isEqualTo(Initiator.STAFF);
        assertThat(prepared.actorName()).isEqualTo("김운영");
        assertThat(prepared.at()).isEqualTo(PLACED.plusSeconds(120));
        assertThat(order.expiresAt()).as("a paid order no longer expires").isNull();
    }

    @Test
    void an_illegal_move_is_refused_with_the_state_and_changes_nothing() {
        Order unpaid = threeLineOrder();

        assertThatThrownBy(() -> unpaid.advance(OrderAction.SHIP, STAFF, PLACED))
                .isInstanceOf(IllegalTransition.class)
                .hasMessage("Order 20261123-000001 is PAYMENT_PENDING and cannot be shipped");
        assertThatThrownBy(() -> unpaid.cancelLines(List.of(1), STAFF, "x", PLACED))
                .isInstanceOf(IllegalTransition.class);
        assertThat(unpaid.state()).isEqualTo(OrderState.PAYMENT_PENDING);
        assertThat(unpaid.history()).hasSize(1);

        Order shipped = paid();
        shipped.advance(OrderAction.PREPARE, STAFF, PLACED);
        shipped.advance(OrderAction.SHIP, STAFF, PLACED);
        assertThatThrownBy(() -> shipped.cancel(STAFF, "too late", PLACED))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("SHIPPED and cannot be cancelled");
    }

    @Test
    void every_state_allows_exactly_its_documented_actions() {
        assertThat(OrderLifecycle.allowed(OrderState.PAYMENT_PENDING)).isEqualTo(EnumSet.of(OrderAction.PAY, OrderAction.CANCEL));
        assertThat(OrderLifecycle.allowed(OrderState.PAID))
                .isEqualTo(EnumSet.of(OrderAction.PREPARE, OrderAction.CANCEL, OrderAction.CANCEL_LINES));
        assertThat(OrderLifecycle.allowed(OrderState.PREPARING))
                .isEqualTo(EnumSet.of(OrderAction.SHIP, OrderAction.CANCEL, OrderAction.CANCEL_LINES));
        assertThat(OrderLifecycle.allowed(OrderState.SHIPPED)).isEqualTo(EnumSet.of(OrderAction.DELIVER));
        assertThat(OrderLifecycle.allowed(OrderState.DELIVERED)).isEqualTo(EnumSet.of(OrderAction.CONFIRM_PURCHASE));
        assertThat(OrderLifecycle.allowed(OrderState.PURCHASE_CONFIRMED)).isEmpty();
        assertThat(OrderLifecycle.allowed(OrderState.CANCELLED)).isEmpty();
    }

    @Test
    void a_payment_of_another_amount_is_refused_and_the_same_payment_twice_changes_nothing() {
        Order order = threeLineOrder();

        assertThatThrownBy(() -> order.pay("pay-1", Money.won(51_999), PLACED)).isInstanceOf(PaymentAmountMismatch.class);
        assertThat(order.state()).isEqualTo(OrderState.PAYMENT_PENDING);

        assertThat(order.pay("pay-1", Money.won(52_000), PLACED)).isTrue();
        assertThat(order.pay("pay-1", Money.won(52_000), PLACED)).isFalse();
        assertThatThrownBy(() -> order.pay("pay-2", Money.won(52_000), PLACED)).isInstanceOf(IllegalTransition.class);
        assertThat(order.history()).hasSize(2);
    }

    @Test
    void cancelling_an_unpaid_order_refunds_no_money_but_every_point() {
        Order order = threeLineOrder();

        CancelOutcome outcome = order.cancel(Actor.system("payment-expiry"), "payment-expired", PLACED.plusSeconds(1800));

        assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(outcome.wholeOrder()).isTrue();
        assertThat(outcome.wasPaid()).isFalse();
        assertThat(outcome.refund()).isEqualTo(Money.ZERO);
        assertThat(outcome.pointsReturned()).isEqualTo(Money.won(5_000));
        assertThat(outcome.lineNumbers()).containsExactly(1, 2, 3);
        assertThat(order.lines()).extracting(OrderLine::state).containsOnly(LineState.CANCELLED);
        OrderHistoryRow last = order.history().get(order.history().size() - 1);
        assertThat(last.reason()).isEqualTo("payment-expired");
        assertThat(last.initiator()).isEqualTo(Initiator.SYSTEM);
    }

    @Test
    void partial_cancellations_give_back_each_lines_share_and_the_last_one_whatever_is_left() {
        Order order = paid();

        CancelOutcome first = order.cancelLines(List.of(2), STAFF, "품절", PLACED.plusSeconds(100));
        assertThat(first.wholeOrder()).isFalse();
        assertThat(first.refund()).isEqualTo(Money.won(20_000 - 2_000 - 1_578));
        assertThat(first.pointsReturned()).isEqualTo(Money.won(1_578));
        assertThat(order.state()).as("still paid: lines 1 and 3 are left").isEqualTo(OrderState.PAID);
        assertThat(order.allowedActions()).contains(OrderAction.CANCEL_LINES);

        assertThatThrownBy(() -> order.cancelLines(List.of(2), STAFF, "again", PLACED))
                .hasMessageContaining("no ordered lines [2]");

        CancelOutcome rest = order.cancelLines(List.of(1, 3), STAFF, "고객 요청", PLACED.plusSeconds(200));
        assertThat(rest.wholeOrder()).isTrue();
        assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(first.refund().plus(rest.refund())).as("every won charged goes back once").isEqualTo(Money.won(52_000));
        assertThat(first.pointsReturned().plus(rest.pointsReturned())).isEqualTo(Money.won(5_000));
        assertThat(order.history()).extracting(OrderHistoryRow::lineNumbers)
                .containsExactly(List.of(), List.of(), List.of(2), List.of(1, 3));
    }

    @Test
    void an_order_with_one_line_left_offers_no_partial_cancellation() {
        Order order = paid();
        order.cancelLines(List.of(1, 2), STAFF, "x", PLACED);

        assertThat(order.allowedActions()).containsExactlyInAnyOrder(OrderAction.PREPARE, OrderAction.CANCEL);
    }

    @Test
    void an_order_expires_only_while_unpaid_and_once_its_time_is_up() {
        Order order = threeLineOrder();

        assertThat(order.expiredAt(PLACED.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(order.expiredAt(PLACED.plus(Duration.ofMinutes(30)))).isTrue();
        order.pay("pay-1", Money.won(52_000), PLACED);
        assertThat(order.expiredAt(PLACED.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void order_numbers_are_the_day_and_a_six_digit_sequence() {
        assertThat(OrderNumbers.format(java.time.LocalDate.of(2026, 11, 23), 123)).isEqualTo("20261123-000123");
        assertThat(OrderNumbers.format(java.time.LocalDate.of(2026, 1, 2), 1_234_567)).isEqualTo("20260102-1234567");
    }

    @Test
    void names_are_masked_in_lists() {
        assertThat(Masked.name("홍길동")).isEqualTo("홍*동");
        assertThat(Masked.name("김철")).isEqualTo("김*");
        assertThat(Masked.name("남궁민수")).isEqualTo("남**수");
    }

    @Test
    void staff_confirm_the_deposit_of_a_cash_order_only_while_it_waits_for_payment() {
        Order card = threeLineOrder();
        card.payingBy("CARD");
        assertThatThrownBy(() -> card.confirmDeposit(STAFF, null, PLACED.plusSeconds(60)))
                .hasMessageContaining("only bank-transfer and virtual-account orders");
        assertThat(card.state()).isEqualTo(OrderState.PAYMENT_PENDING);
        Order unknown = threeLineOrder();
        assertThatThrownBy(() -> unknown.confirmDeposit(STAFF, null, PLACED.plusSeconds(60)))
                .hasMessageContaining("no method yet");

        Order account = threeLineOrder();
        account.payingBy("CARD");
        account.payingBy("VIRTUAL_ACCOUNT");
        account.confirmDeposit(STAFF, "입금자 홍길동", PLACED.plusSeconds(90));

        assertThat(account.state()).isEqualTo(OrderState.PAID);
        assertThat(account.paidAt()).isEqualTo(PLACED.plusSeconds(90));
        assertThat(account.expiresAt()).isNull();
        assertThat(account.paymentMethod()).isEqualTo("VIRTUAL_ACCOUNT");
        OrderHistoryRow confirmed = account.history().get(account.history().size() - 1);
        assertThat(confirmed.action()).isEqualTo("CONFIRM_DEPOSIT");
        assertThat(confirmed.initiator()).isEqualTo(Initiator.STAFF);
        assertThat(confirmed.reason()).isEqualTo("입금자 홍길동");
        account.payingBy("CARD");
        assertThat(account.paymentMethod()).as("a paid order keeps its method").isEqualTo("VIRTUAL_ACCOUNT");
        assertThat(account.depositConfirmedByHand()).isTrue();
        assertThat(account.pay("gateway-key", Money.won(52_000), "VIRTUAL_ACCOUNT", PLACED.plusSeconds(100)))
                .as("the gateway's late report of the same deposit pays nothing twice").isFalse();
        assertThat(account.paymentId()).isEqualTo("gateway-key");
        assertThat(account.depositConfirmedByHand()).isFalse();
        assertThat(account.history().get(account.history().size() - 1).action()).isEqualTo("DEPOSIT_MATCHED");
        assertThatThrownBy(() -> account.confirmDeposit(STAFF, null, PLACED.plusSeconds(120)))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void a_cancel_request_holds_every_line_from_shipping_and_staff_cancelling_until_it_is_decided() {
        Order order = paid();
        assertThatThrownBy(order::requestCancel).hasMessageContaining("for an order being prepared");
        order.advance(OrderAction.PREPARE, STAFF, PLACED.plusSeconds(120));

        List<OrderLine> held = order.requestCancel();

        assertThat(held).hasSize(3);
        assertThat(order.lines()).extracting(OrderLine::state).containsOnly(LineState.CLAIMED);
        assertThat(order.allowedActions()).doesNotContain(OrderAction.SHIP, OrderAction.CANCEL, OrderAction.CANCEL_LINES);
        assertThatThrownBy(() -> order.cancel(STAFF, "x", PLACED.plusSeconds(130))).hasMessageContaining("request");
        assertThatThrownBy(order::requestCancel).hasMessageContaining("already has a request");

        order.releaseClaim(List.of(1, 2, 3));
        CancelOutcome outcome = order.cancel(STAFF, "취소 요청 승인", PLACED.plusSeconds(140));
        assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
        assertThat(outcome.refund()).isEqualTo(Money.won(52_000));
        assertThat(outcome.lines()).hasSize(3);
    }
}
