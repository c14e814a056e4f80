package io.tunemall.order.order;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderAction;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderLookup;
import io.tunemall.order.api.OrderPage;
import io.tunemall.order.api.OrderPayments;
import io.tunemall.order.api.OrderSearch;
import io.tunemall.order.api.OrderSlice;
import io.tunemall.order.api.PaymentDue;
import io.tunemall.platform.privacy.PiiCipher;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders after placing: staff's actions, the payment glue's confirmation, guests' look-up. Each change is one
 * transaction: the state machine's check, the history, what a cancellation gives back, and the event.
 */
@Service
class OrderOperations implements OrderAdministration, OrderPayments, OrderLookup {

    /** Compared against when no guest order matches, so a wrong number takes as long as a wrong password. */
    private final String decoyHash;

    private final Orders orders;
    private final OrderSearches searches;
    private final OrderViews views;
    private final OrderCancellation cancellation;
    private final OrderEvents events;
    private final PiiCipher cipher;
    private final PasswordEncoder passwords;
    private final ShopClock clock;

    OrderOperations(Orders orders, OrderSearches searches, OrderViews views, OrderCancellation cancellation,
            OrderEvents events, PiiCipher cipher, PasswordEncoder passwords, ShopClock clock) {
        this.orders = orders;
        this.searches = searches;
        this.views = views;
        this.cancellation = cancellation;
        this.events = events;
        this.cipher = cipher;
        this.passwords = passwords;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-never-used");
    }

    @Override
    @Transactional(readOnly = true)
    public OrderPage search(OrderSearch search) {
        return searches.search(search);
    }

    @Override
    @Transactional(readOnly = true)
    public OrderSlice after(OrderSearch filters, long afterPosition, int limit) {
        return searches.after(filters, afterPosition, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderDetail> detail(String orderNumber) {
        return orders.findByOrderNumber(orderNumber).map(views::detail);
    }

    @Override
    @Transactional
    public OrderDetail prepare(String orderNumber, Actor actor) {
        return advance(orderNumber, OrderAction.PREPARE, actor);
    }

    @Override
    @Transactional
    public OrderDetail ship(String orderNumber, Actor actor) {
        return advance(orderNumber, OrderAction.SHIP, actor);
    }

    @Override
    @Transactional
    public OrderDetail deliver(String orderNumber, Actor actor) {
        return advance(orderNumber, OrderAction.DELIVER, actor);
    }

    @Override
    @Transactional
    public OrderDetail confirmPurchase(String orderNumber, Actor actor) {
        return advance(orderNumber, OrderAction.CONFIRM_PURCHASE, actor);
    }

    @Override
    @Transactional
    public OrderDetail cancel(String orderNumber, Actor actor, String reason) {
        Order order = find(orderNumber);
        Instant now = clock.now();
        CancelOutcome outcome = order.cancel(actor, reason, now);
        orders.saveAndFlush(order);
        cancellation.giveBack(order, outcome, actor, reason, now);
        return views.detail(order);
    }

    @Override
    @Transactional
    public OrderDetail cancelLines(String orderNumber, List<Integer> lineNumbers, Actor actor, String reason) {
        Order order = find(orderNumber);
        Instant now = clock.now();
        CancelOutcome outcome = order.cancelLines(lineNumbers, actor, reason, now);
        orders.saveAndFlush(order);
        cancellation.giveBack(order, outcome, actor, reason, now);
        return views.detail(order);
    }

    @Override
    @Transactional(readOnly = true)
    public PaymentDue due(String orderNumber) {
        Order order = orders.findByOrderNumber(orderNumber)
                .orElseThrow(() -> ShopException.notFound("Order " + orderNumber));
        return new PaymentDue(order.orderNumber(), order.orderName(), order.amounts().charged(), order.state(),
                order.expiresAt());
    }

    @Override
    @Transactional
    public void markPaid(String orderNumber, String paymentId, Money amount) {
        markPaid(orderNumber, paymentId, amount, null);
    }

    @Override
    @Transactional
    public void markPaid(String orderNumber, String paymentId, Money amount, String method) {
        Order order = find(orderNumber);
        if (order.pay(paymentId, amount, method, clock.now())) {
            orders.saveAndFlush(order);
            events.paid(order);
        }
    }

    @Override
    @Transactional
    public void paymentBegun(String orderNumber, String method) {
        Order order = find(orderNumber);
        order.payingBy(method);
        orders.saveAndFlush(order);
    }

    @Override
    @Transactional
    public void depositAwaited(String orderNumber, Instant dueAt) {
        Order order = find(orderNumber);
        order.awaitDepositUntil(dueAt);
        orders.saveAndFlush(order);
    }

    @Override
    @Transactional
    public OrderDetail confirmDeposit(String orderNumber, Actor actor, String note) {
        Order order = find(orderNumber);
        order.confirmDeposit(actor, note, clock.now());
        orders.saveAndFlush(order);
        // The same OrderPaid as a gateway's confirmation: the paid mail, purchase points and the order.paid webhook.
        events.paid(order);
        return views.detail(order);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderDetail> guestOrder(String orderNumber, String phone, String password) {
        Optional<Order> found = orders.findByOrderNumber(orderNumber == null ? "" : orderNumber.strip())
                .filter(order -> order.guestPasswordHash() != null);
        String hash = found.map(Order::guestPasswordHash).orElse(decoyHash);
        boolean passwordMatches = password != null && passwords.matches(password, hash);
        return found.filter(order -> passwordMatches)
                .filter(order -> digits(cipher.decrypt(order.parties().sealed().ordererPhone())).equals(digits(phone)))
                .map(views::detail);
    }

    private OrderDetail advance(String orderNumber, OrderAction action, Actor actor) {
        Order order = find(orderNumber);
        Instant now = clock.now();
        order.advance(action, actor, now);
        orders.saveAndFlush(order);
        events.advanced(order, action, actor, now);
        return views.detail(order);
    }

    /** The order to change, locked until the change commits. */
    private Order find(String orderNumber) {
        return orders.lockByOrderNumber(orderNumber).orElseThrow(() -> ShopException.notFound("Order " + orderNumber));
    }

    private static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }
}
