package io.tunemall.order.order;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.IllegalTransition;
import io.tunemall.order.api.LineState;
import io.tunemall.order.api.OrderAction;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.PaymentAmountMismatch;
import io.tunemall.order.api.PriceBreakdown;
import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An order: what was bought (line snapshots), what it cost (the breakdown as charged), where it ships (encrypted), and
 * its state with the history of every change. The state machine is {@link OrderLifecycle}; every change goes through
 * a method here that checks it and appends to the history. Concurrent changes (payment confirmed while the expiry job
 * cancels) are settled by the version column: the second to commit fails and changes nothing.
 */
@Entity(name = "ShopOrder")
@Table(name = "shop_order")
public class Order {

    /** The payment id of a deposit confirmed by hand: {@code deposit-} and the order number. */
    private static final String BY_HAND_PREFIX = "deposit-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_number")
    private String orderNumber;

    @Enumerated(EnumType.STRING)
    private OrderState state;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "guest_password_hash")
    private String guestPasswordHash;

    @Column(name = "checkout_token")
    private String checkoutToken;

    @Column(name = "order_name")
    private String orderName;

    @Embedded
    private OrderParties parties;

    @Embedded
    private ChargedAmounts amounts;

    @Column(name = "refunded_amount")
    private long refundedAmount;

    @Column(name = "points_returned")
    private long pointsReturned;

    @Column(name = "payment_id")
    private String paymentId;

    /** How it is paid: a PaymentMethod name once a payment is begun, or an integration's word for an outside one. */
    @Column(name = "payment_method")
    private String paymentMethod;

    /** Blind indexes of the orderer's name and phone, for the admin's look-up; null for orders before V140. */
    @Column(name = "orderer_name_index")
    private String ordererNameIndex;

    @Column(name = "orderer_phone_index")
    private String ordererPhoneIndex;

    @Column(name = "placed_at")
    private Instant placedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    /** The language the shopper ordered in (ko, en), for the mails about the order; null for older orders. */
    @Column(name = "order_language")
    private String language;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<OrderAdjustmentRow> adjustments = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<OrderHistoryRow> history = new ArrayList<>();

    protected Order() {
    }

    /**
     * A new order waiting for payment.
     *
     * @param memberId null for a guest
     * @param guestPasswordHash the guest's order password, hashed; null for a member
     */
    public static Order place(String orderNumber, Long memberId, String guestPasswordHash, String checkoutToken,
            String orderName, SealedParties parties, PriceBreakdown charged, String couponId, List<LineSnapshot> lines,
            Instant placedAt, Instant expiresAt, Actor placedBy) {
        Order order = new Order();
        order.orderNumber = orderNumber;
        order.state = OrderState.PAYMENT_PENDING;
        order.memberId = memberId;
        order.guestPasswordHash = guestPasswordHash;
        order.checkoutToken = checkoutToken;
        order.orderName = orderName.length() > 250 ? orderName.substring(0, 250) : orderName;
        order.parties = new OrderParties(parties);
        order.amounts = new ChargedAmounts(charged, couponId);
        order.placedAt = placedAt;
        order.expiresAt = expiresAt;
        order.updatedAt = placedAt;
        lines.forEach(line -> order.lines.add(new OrderLine(order, line)));
        int position = 0;
        for (PriceBreakdown.Line line : charged.lines()) {
            for (PriceBreakdown.Adjustment discount : line.discounts()) {
                order.adjustments.add(new OrderAdjustmentRow(order, line.index() + 1, discount.label(),
                        discount.amount(), false, position++));
            }
        }
        for (PriceBreakdown.Adjustment adjustment : charged.orderAdjustments()) {
            order.adjustments.add(new OrderAdjustmentRow(order, null, adjustment.label(), adjustment.amount(),
                    adjustment.charge(), position++));
        }
        order.record("PLACE", null, OrderState.PAYMENT_PENDING, placedBy, null, List.of(), placedAt);
        return order;
    }

    /**
     * PAYMENT_PENDING → PAID, when the amount is exactly what the order charges. The same payment told again changes
     * nothing.
     *
     * @return false when it was already recorded
     */
    public boolean pay(String payment, Money amount, Instant at) {
        return pay(payment, amount, null, at);
    }

    /**
     * {@link #pay(String, Money, Instant)} with how it was paid, as the payment module confirmed it.
     *
     * @param method null when the caller does not know; the method recorded at the payment's beginning stays
     */
    public boolean pay(String payment, Money amount, String method, Instant at) {
        if (payment.equals(paymentId)) {
            // Already paid by this very payment (a confirmation told again), whatever happened to the order since.
            return false;
        }
        if (depositConfirmedByHand() && amount.equals(amounts.charged())) {
            // The gateway reports the deposit staff already confirmed (its callback came late): the order takes the
            // gateway's key, so that its refunds go through the gateway, and is not paid twice.
            paymentId = payment;
            if (method != null) {
                paymentMethod = fitted(method);
            }
            record("DEPOSIT_MATCHED", state, state, Actor.system("payment"), null, List.of(), at);
            updatedAt = at;
            return false;
        }
        OrderState target = OrderLifecycle.target(orderNumber, state, OrderAction.PAY);
        if (!amount.equals(amounts.charged())) {
            throw new PaymentAmountMismatch(orderNumber, amounts.charged(), amount);
        }
        paymentId = payment;
        if (method != null) {
            paymentMethod = fitted(method);
        }
        paidAt = at;
        expiresAt = null;
        moveTo(target, OrderAction.PAY, Actor.system("payment"), null, at);
        return true;
    }

    /**
     * Staff saw the money of a bank-transfer or virtual-account order arrive (입금 확인) and mark it paid by hand:
     * PAYMENT_PENDING → PAID, the history naming the staff member. Refused for any other state or method, since a
     * card or wallet payment is only ever confirmed by its gateway.
     */
    public void confirmDeposit(Actor actor, String note, Instant at) {
        OrderState target = OrderLifecycle.target(orderNumber, state, OrderAction.PAY);
        if (!cashPayment()) {
            throw ShopException.conflict("deposit-not-cash", "Order " + orderNumber + " is paid by "
                    + (paymentMethod == null ? "no method yet" : paymentMethod)
                    + ": only bank-transfer and virtual-account orders are confirmed by hand");
        }
        paymentId = BY_HAND_PREFIX + orderNumber;
        paidAt = at;
        expiresAt = null;
        OrderState from = state;
        state = target;
        updatedAt = at;
        record("CONFIRM_DEPOSIT", from, target, actor, note, List.of(), at);
    }

    /**
     * Whether the order's payment is a deposit staff confirmed by hand, which the payment module does not hold: its
     * money is given back by hand.
     */
    public boolean depositConfirmedByHand() {
        return paymentId != null && paymentId.equals(BY_HAND_PREFIX + orderNumber);
    }

    /** Whether the order is paid in cash (계좌이체 or 가상계좌), the methods whose deposit staff may confirm. */
    public boolean cashPayment() {
        return "TRANSFER".equals(paymentMethod) || "VIRTUAL_ACCOUNT".equals(paymentMethod);
    }

    /** How the shopper is paying, once a payment is begun; a later attempt with another method replaces it. */
    public void payingBy(String method) {
        if (paidAt == null && method != null) {
            paymentMethod = fitted(method);
        }
    }

    /**
     * A virtual account was issued: the shopper has until the account's due time to deposit, which is usually longer
     * than the payment timeout, so the unpaid order waits that long before it expires and releases its stock.
     */
    public void awaitDepositUntil(Instant dueAt) {
        if (state == OrderState.PAYMENT_PENDING && dueAt != null && (expiresAt == null || dueAt.isAfter(expiresAt))) {
            expiresAt = dueAt;
        }
    }

    /** Keeps the blind indexes of the orderer's name and phone, computed from the clear values when placing. */
    public void indexOrderer(String nameIndex, String phoneIndex) {
        this.ordererNameIndex = nameIndex;
        this.ordererPhoneIndex = phoneIndex;
    }

    public String paymentMethod() {
        return paymentMethod;
    }

    /** An integration's own word for its payment may be long; the column keeps 40 characters. */
    private static String fitted(String method) {
        return method.length() > 40 ? method.substring(0, 40) : method;
    }

    /** PREPARE, SHIP, DELIVER or CONFIRM_PURCHASE, as the state machine allows. */
    public void advance(OrderAction action, Actor actor, Instant at) {
        if (action == OrderAction.CANCEL || action == OrderAction.CANCEL_LINES || action == OrderAction.PAY) {
            throw new IllegalArgumentException(action + " has its own method");
        }
        if (action == OrderAction.CONFIRM_PURCHASE && hasOpenClaim()) {
            throw ShopException.conflict("claim-open", "Order " + orderNumber
                    + " has a return or exchange under way: the purchase is confirmed after it ends");
        }
        OrderState target = OrderLifecycle.target(orderNumber, state, action);
        switch (action) {
            case SHIP -> shippedAt = at;
            case DELIVER -> deliveredAt = at;
            case CONFIRM_PURCHASE -> confirmedAt = at;
            default -> { }
        }
        moveTo(target, action, actor, null, at);
    }

    /** Cancels everything still ordered: an unpaid order gives back points, a paid one also its money. */
    public CancelOutcome cancel(Actor actor, String reason, Instant at) {
        OrderLifecycle.target(orderNumber, state, OrderAction.CANCEL);
        requireNoOpenClaim("cancelled");
        return cancelOrdered(orderedLines(), OrderAction.CANCEL, actor, reason, at);
    }

    /**
     * Cancels some lines of a paid order before it ships; the last lines left cancel the order.
     *
     * @param lineNumbers 1-based
     */
    public CancelOutcome cancelLines(List<Integer> lineNumbers, Actor actor, String reason, Instant at) {
        OrderLifecycle.target(orderNumber, state, OrderAction.CANCEL_LINES);
        requireNoOpenClaim("cancelled");
        if (lineNumbers.isEmpty()) {
            throw ShopException.invalid("no-lines", "Choose the lines of order " + orderNumber + " to cancel");
        }
        Set<Integer> wanted = new HashSet<>(lineNumbers);
        List<OrderLine> chosen = lines.stream().filter(line -> wanted.contains(line.lineNumber())).toList();
        if (chosen.size() != wanted.size() || chosen.stream().anyMatch(line -> !line.ordered())) {
            throw ShopException.invalid("no-such-line", "Order " + orderNumber + " has no ordered lines "
                    + lineNumbers + " to cancel");
        }
        return cancelOrdered(chosen, OrderAction.CANCEL_LINES, actor, reason, at);
    }

    private CancelOutcome cancelOrdered(List<OrderLine> chosen, OrderAction action, Actor actor, String reason,
            Instant at) {
        boolean wasPaid = paidAt != null;
        boolean whole = chosen.size() == orderedLines().size();
        Money refund;
        Money points;
        if (whole) {
            // The last lines take whatever is left, shipping and rounding remainders included: every won goes back once.
            refund = wasPaid ? amounts.charged().minus(Money.won(refundedAmount)) : Money.ZERO;
            points = amounts.pointsUsed().minus(Money.won(pointsReturned));
        } else {
            refund = chosen.stream().map(OrderLine::paidShare).reduce(Money.ZERO, Money::plus);
            points = chosen.stream().map(OrderLine::pointsShare).reduce(Money.ZERO, Money::plus);
        }
        chosen.forEach(line -> line.cancel(at));
        refundedAmount += refund.won();
        pointsReturned += points.won();
        OrderState target = whole ? OrderState.CANCELLED : state;
        if (whole) {
            cancelledAt = at;
            expiresAt = null;
        }
        moveTo(target, action, actor, reason, at, chosen.stream().map(OrderLine::lineNumber).toList());
        return new CancelOutcome(chosen, whole, refund, points, wasPaid);
    }

    /**
     * The tax-free (면세) part of what a cancellation or a return of these lines gives back, for the payment's partial
     * cancel: the paid shares of its tax-free lines, as the order's tax-free amount was summed from them. The last
     * cancellation, of the whole order, gives back the tax-free balance instead: the order's tax-free amount less the
     * paid shares of the tax-free lines cancelled before it (it is the one that takes the rounding remainders too).
     * Never more than the refund: a return fee comes off the taxable part first. Worked out from the lines' fixed
     * shares and their states alone, so it answers the same however late (or often) the refund is sent.
     *
     * @param lineNumbers the lines given back now, 1-based
     * @param wholeOrder whether this cancellation left nothing of the order
     * @param refund the money given back now
     */
    public Money taxFreePartOf(List<Integer> lineNumbers, boolean wholeOrder, Money refund) {
        Set<Integer> now = new HashSet<>(lineNumbers);
        Money part;
        if (wholeOrder) {
            Money before = lines.stream()
                    .filter(line -> line.taxFree() && !now.contains(line.lineNumber())
                            && line.state() == LineState.CANCELLED)
                    .map(OrderLine::paidShare).reduce(Money.ZERO, Money::plus);
            part = amounts.taxFree().minusAtMostToZero(before);
        } else {
            part = lines.stream().filter(line -> line.taxFree() && now.contains(line.lineNumber()))
                    .map(OrderLine::paidShare).reduce(Money.ZERO, Money::plus);
        }
        return part.min(refund);
    }

    private void moveTo(OrderState target, OrderAction action, Actor actor, String reason, Instant at) {
        moveTo(target, action, actor, reason, at, List.of());
    }

    private void moveTo(OrderState target, OrderAction action, Actor actor, String reason, Instant at,
            List<Integer> lineNumbers) {
        OrderState from = state;
        state = target;
        updatedAt = at;
        record(action.name(), from, target, actor, reason, lineNumbers, at);
    }

    private void record(String action, OrderState from, OrderState to, Actor actor, String reason,
            List<Integer> lineNumbers, Instant at) {
        history.add(new OrderHistoryRow(this, action, from, to, actor, reason, lineNumbers, at));
    }

    /**
     * What the state allows now; partial cancellation only while more than one line is left, and no purchase
     * confirmation, cancellation or shipping while a request (cancel, return, exchange) is open.
     */
    public Set<OrderAction> allowedActions() {
        Set<OrderAction> allowed = OrderLifecycle.allowed(state);
        if (orderedLines().size() < 2) {
            allowed.remove(OrderAction.CANCEL_LINES);
        }
        if (hasOpenClaim()) {
            // The claimed lines are the request's until staff decide it (a cancel request holds them from shipping).
            allowed.removeAll(Set.of(OrderAction.CONFIRM_PURCHASE, OrderAction.CANCEL, OrderAction.CANCEL_LINES,
                    OrderAction.SHIP));
        }
        return allowed;
    }

    /**
     * Lines in an open request (a cancel request while preparing, a return after delivery) are the request's: staff
     * approve or reject it first, so the lines are not given back twice.
     */
    private void requireNoOpenClaim(String what) {
        if (hasOpenClaim()) {
            throw ShopException.conflict("claim-open", "Order " + orderNumber + " has a request under way: approve or"
                    + " reject it before the order is " + what);
        }
    }

    /**
     * The shopper asks to cancel an order staff are already preparing: every line still ordered goes into the
     * request (and so cannot ship) until staff approve or reject it.
     *
     * @return the lines requested
     */
    public List<OrderLine> requestCancel() {
        if (state != OrderState.PREPARING) {
            throw ShopException.conflict("cancel-request-not-allowed", "Order " + orderNumber + " is " + state
                    + ": a cancel request is for an order being prepared");
        }
        List<OrderLine> chosen = orderedLines();
        if (chosen.isEmpty() || hasOpenClaim()) {
            throw ShopException.conflict("claim-open", "Order " + orderNumber + " already has a request under way");
        }
        chosen.forEach(line -> line.moveTo(LineState.CLAIMED));
        return chosen;
    }

    public boolean hasOpenClaim() {
        return lines.stream().anyMatch(line -> line.state() == LineState.CLAIMED);
    }

    /** Records something that happened to the order without changing its state: a refund, a claim's step. */
    public void note(String action, Actor actor, String reason, List<Integer> lineNumbers, Instant at) {
        record(action, state, state, actor, reason, lineNumbers, at);
        updatedAt = at;
    }

    /**
     * Puts delivered lines into a return or exchange: only a DELIVERED order, only lines still ORDERED.
     *
     * @return the lines claimed
     */
    public List<OrderLine> claim(List<Integer> lineNumbers) {
        if (state != OrderState.DELIVERED) {
            throw ShopException.conflict("claim-not-allowed", "Order " + orderNumber + " is " + state
                    + ": returns and exchanges are requested after delivery and before purchase confirmation");
        }
        List<OrderLine> chosen = chosenLines(lineNumbers, LineState.ORDERED, "claim");
        chosen.forEach(line -> line.moveTo(LineState.CLAIMED));
        return chosen;
    }

    /** A rejected or withdrawn claim gives its lines back to the order as they were. */
    public void releaseClaim(List<Integer> lineNumbers) {
        chosenLines(lineNumbers, LineState.CLAIMED, "release").forEach(line -> line.moveTo(LineState.ORDERED));
    }

    /** A completed return: the lines are RETURNED and what they gave back is counted. */
    public List<OrderLine> completeReturn(List<Integer> lineNumbers, Money refund, Money points, Instant at) {
        List<OrderLine> chosen = chosenLines(lineNumbers, LineState.CLAIMED, "return");
        chosen.forEach(line -> line.moveTo(LineState.RETURNED));
        refundedAmount += refund.won();
        pointsReturned += points.won();
        updatedAt = at;
        return chosen;
    }

    /** A completed exchange: the lines are EXCHANGED (the replacement ships under the same order). */
    public List<OrderLine> completeExchange(List<Integer> lineNumbers, Instant at) {
        List<OrderLine> chosen = chosenLines(lineNumbers, LineState.CLAIMED, "exchange");
        chosen.forEach(line -> line.moveTo(LineState.EXCHANGED));
        updatedAt = at;
        return chosen;
    }

    private List<OrderLine> chosenLines(List<Integer> lineNumbers, LineState required, String what) {
        if (lineNumbers.isEmpty()) {
            throw ShopException.invalid("no-lines", "Choose the lines of order " + orderNumber + " to " + what);
        }
        Set<Integer> wanted = new HashSet<>(lineNumbers);
        List<OrderLine> chosen = lines.stream().filter(line -> wanted.contains(line.lineNumber())).toList();
        if (chosen.size() != wanted.size() || chosen.stream().anyMatch(line -> line.state() != required)) {
            throw ShopException.invalid("no-such-line", "Order " + orderNumber + " has no lines " + lineNumbers
                    + " that are " + required + " to " + what);
        }
        return chosen;
    }

    public List<OrderLine> orderedLines() {
        return lines.stream().filter(OrderLine::ordered).toList();
    }

    /** Remembers the language the shopper ordered in, so mails about the order speak it. */
    public void orderedIn(java.util.Locale locale) {
        this.language = locale == null ? null : locale.getLanguage();
    }

    /** The language the shopper ordered in; null when unknown. */
    public String language() {
        return language;
    }

    public Long id() {
        return id;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public OrderState state() {
        return state;
    }

    public Long memberId() {
        return memberId;
    }

    public String guestPasswordHash() {
        return guestPasswordHash;
    }

    public String orderName() {
        return orderName;
    }

    public OrderParties parties() {
        return parties;
    }

    public ChargedAmounts amounts() {
        return amounts;
    }

    public Money refunded() {
        return Money.won(refundedAmount);
    }

    public Money pointsReturned() {
        return Money.won(pointsReturned);
    }

    public String paymentId() {
        return paymentId;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public List<OrderAdjustmentRow> adjustments() {
        return List.copyOf(adjustments);
    }

    public List<OrderHistoryRow> history() {
        return List.copyOf(history);
    }

    /** Whether this is still an order waiting for payment whose time ran out. */
    public boolean expiredAt(Instant moment) {
        return state == OrderState.PAYMENT_PENDING && expiresAt != null && !moment.isBefore(expiresAt);
    }

    /** Refuses an action early, before anything is touched. */
    public void require(OrderAction action) {
        if (!OrderLifecycle.allowed(state).contains(action)) {
            throw new IllegalTransition(orderNumber, state, action);
        }
    }
}
