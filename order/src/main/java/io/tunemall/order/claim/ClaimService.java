package io.tunemall.order.claim;

import io.tunemall.catalog.api.SkuQuantity;
import io.tunemall.catalog.api.Stock;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.ClaimAction;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimRequest;
import io.tunemall.order.api.ClaimState;
import io.tunemall.order.api.ClaimView;
import io.tunemall.order.api.Claims;
import io.tunemall.order.order.CancelOutcome;
import io.tunemall.order.order.Order;
import io.tunemall.order.order.OrderCancellation;
import io.tunemall.order.order.OrderLine;
import io.tunemall.order.order.Orders;
import io.tunemall.order.pricing.PricingInputs;
import io.tunemall.order.refund.RefundDue;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.ClaimRequested;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns and exchanges. Every step locks the order first and then the claim (the order's other changes take the same
 * order lock, so a claim and a cancellation or purchase confirmation never interleave), moves the claim, and appends
 * the step to the order's history with who and why.
 */
@Service
class ClaimService implements Claims {

    private final ClaimRepository claims;
    private final Orders orders;
    private final Stock stock;
    private final PricingInputs benefits;
    private final ApplicationEventPublisher events;
    private final ClaimProperties properties;
    private final ShopClock clock;
    private final OrderCancellation cancellation;

    ClaimService(ClaimRepository claims, Orders orders, Stock stock, PricingInputs benefits,
            ApplicationEventPublisher events, ClaimProperties properties, ShopClock clock,
            OrderCancellation cancellation) {
        this.cancellation = cancellation;
        this.claims = claims;
        this.orders = orders;
        this.stock = stock;
        this.benefits = benefits;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClaimView> ofOrder(String orderNumber) {
        return orders.findByOrderNumber(orderNumber)
                .map(order -> claims.findByOrderIdOrderById(order.id()).stream().map(claim -> view(claim, order)).toList())
                .orElse(List.of());
    }

    @Override
    @Transactional
    public ClaimView request(ClaimRequest request, Actor actor) {
        Order order = orders.lockByOrderNumber(request.orderNumber())
                .orElseThrow(() -> ShopException.notFound("Order " + request.orderNumber()));
        Instant now = clock.now();
        boolean cancel = request.kind() == ClaimKind.CANCEL;
        // A cancel request holds every line still ordered: the order is cancelled whole, so nothing ships half.
        List<OrderLine> lines = cancel ? order.requestCancel() : order.claim(request.lineNumbers());
        Money fee = !cancel && request.reason().shopperPaysShipping() ? properties.returnFee() : Money.ZERO;
        // A cancel request's refund is the cancellation's (the whole charged amount, shipping included), decided when
        // it is approved; a return's is its lines' paid shares less the return fee.
        Money refund = request.kind() == ClaimKind.RETURN
                ? lines.stream().map(OrderLine::paidShare).reduce(Money.ZERO, Money::plus).minusAtMostToZero(fee)
                : Money.ZERO;
        Claim claim = claims.saveAndFlush(Claim.requested(order.id(), request.kind(), request.reason(),
                request.message(), lines.stream().map(OrderLine::lineNumber).toList(), fee, refund,
                actor.initiator(), now));
        order.note("CLAIM_REQUEST", actor, label(claim) + " 요청 · " + request.reason()
                + (request.message() == null ? "" : " · " + request.message()), claim.lineNumbers(), now);
        orders.saveAndFlush(order);
        if (!cancel) {
            // The SDK's ClaimRequested (and the claim.requested webhook) promises returns and exchanges only; a cancel
            // request shows on the order page for staff, and its outcome goes out as OrderCancelled.
            events.publishEvent(new ClaimRequested(order.orderNumber(), order.memberId(), claim.id(), claim.kind().name(),
                    claim.lineNumbers(), claim.reason().name(), actor.initiator(), now));
        }
        return view(claim, order);
    }

    @Override
    @Transactional
    public ClaimView approve(long claimId, Actor actor, String note) {
        return step(claimId, ClaimAction.APPROVE, actor, note);
    }

    @Override
    @Transactional
    public ClaimView reject(long claimId, Actor actor, String note) {
        return step(claimId, ClaimAction.REJECT, actor, note);
    }

    @Override
    @Transactional
    public ClaimView withdraw(long claimId, Actor actor) {
        return step(claimId, ClaimAction.WITHDRAW, actor, null);
    }

    @Override
    @Transactional
    public ClaimView collect(long claimId, Actor actor, String note) {
        return step(claimId, ClaimAction.COLLECT, actor, note);
    }

    @Override
    @Transactional
    public ClaimView complete(long claimId, Actor actor, String note) {
        return step(claimId, ClaimAction.COMPLETE, actor, note);
    }

    private ClaimView step(long claimId, ClaimAction action, Actor actor, String note) {
        long orderId = claims.findById(claimId).orElseThrow(() -> ShopException.notFound("Claim " + claimId)).orderId();
        Order order = orders.lockById(orderId).orElseThrow();
        Claim claim = claims.lockById(claimId).orElseThrow();
        Instant now = clock.now();
        ClaimState after = claim.move(action, note, now);
        if (after == ClaimState.REJECTED || after == ClaimState.WITHDRAWN) {
            order.releaseClaim(claim.lineNumbers());
        }
        String why = label(claim) + " " + action.name().toLowerCase(Locale.ROOT)
                + (note == null || note.isBlank() ? "" : " · " + note.strip());
        order.note("CLAIM_" + action.name(), actor, why, claim.lineNumbers(), now);
        if (after == ClaimState.COMPLETED) {
            if (claim.kind() == ClaimKind.CANCEL) {
                completeCancel(order, claim, actor, note, now);
            } else if (claim.kind() == ClaimKind.RETURN) {
                completeReturn(order, claim, now);
            } else {
                completeExchange(order, claim, actor, now);
            }
        }
        claims.saveAndFlush(claim);
        orders.saveAndFlush(order);
        return view(claim, order);
    }

    /**
     * An approved cancel request: its lines are the order's again and the order is cancelled as staff would cancel
     * it, in this transaction: stock, points and coupon back, and the refund sent after commit by OrderCancelled.
     */
    private void completeCancel(Order order, Claim claim, Actor actor, String note, Instant now) {
        order.releaseClaim(claim.lineNumbers());
        String reason = "취소 요청 승인" + (claim.message() == null ? "" : " · " + claim.message())
                + (note == null || note.isBlank() ? "" : " · " + note.strip());
        CancelOutcome outcome = order.cancel(actor, reason, now);
        orders.saveAndFlush(order);
        cancellation.giveBack(order, outcome, actor, reason, now);
    }

    /** The units go back on the shelf, the points back to the member, and the money back after commit (once). */
    private void completeReturn(Order order, Claim claim, Instant now) {
        List<OrderLine> lines = order.lines().stream().filter(line -> claim.lineNumbers().contains(line.lineNumber()))
                .toList();
        Money points = lines.stream().map(OrderLine::pointsShare).reduce(Money.ZERO, Money::plus);
        order.completeReturn(claim.lineNumbers(), claim.refundAmount(), points, now);
        stock.restore(units(lines));
        if (order.memberId() != null && !points.isZero()) {
            benefits.points().refund(order.memberId(), points, order.orderNumber());
        }
        if (!claim.refundAmount().isZero()) {
            events.publishEvent(new RefundDue(order.orderNumber(), RefundDue.claimKey(claim.id()), claim.id(),
                    claim.refundAmount(), "반품 환불", claim.lineNumbers(),
                    order.taxFreePartOf(claim.lineNumbers(), false, claim.refundAmount())));
        }
    }

    /** The replacement's units are taken (OutOfStock rolls the completion back) and its re-shipment recorded. */
    private void completeExchange(Order order, Claim claim, Actor actor, Instant now) {
        List<OrderLine> lines = order.completeExchange(claim.lineNumbers(), now);
        stock.take(units(lines));
        claim.reshipped(now);
        order.note("EXCHANGE_RESHIP", actor, "교환 상품 재발송", claim.lineNumbers(), now);
    }

    private static List<SkuQuantity> units(List<OrderLine> lines) {
        return lines.stream().map(line -> new SkuQuantity(line.sku(), line.quantity())).toList();
    }

    private static String label(Claim claim) {
        return switch (claim.kind()) {
            case RETURN -> "반품";
            case EXCHANGE -> "교환";
            case CANCEL -> "취소";
        };
    }

    private static ClaimView view(Claim claim, Order order) {
        return new ClaimView(claim.id(), order.orderNumber(), claim.kind(), claim.state(), claim.reason(),
                claim.message(), claim.lineNumbers(), claim.returnFee(), claim.refundAmount(), claim.requestedAt(),
                claim.collectedAt(), claim.completedAt(), claim.reshippedAt(), claim.decisionNote(),
                ClaimLifecycle.allowed(claim.state()));
    }
}
