package io.tunemall.order.order;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderAction;
import io.tunemall.sdk.event.Initiator;
import io.tunemall.sdk.event.OrderCancelled;
import io.tunemall.sdk.event.OrderDelivered;
import io.tunemall.sdk.event.OrderPaid;
import io.tunemall.sdk.event.OrderPlaced;
import io.tunemall.sdk.event.OrderPreparing;
import io.tunemall.sdk.event.OrderPurchaseConfirmed;
import io.tunemall.sdk.event.OrderShipped;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the SDK's order events inside the transaction of the change; the outbox delivers them after commit.
 */
@Component
public class OrderEvents {

    private final ApplicationEventPublisher events;

    OrderEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void placed(Order order) {
        events.publishEvent(new OrderPlaced(order.orderNumber(), order.memberId(), order.amounts().charged(),
                order.amounts().pointsUsed(), order.amounts().couponId(), order.placedAt()));
    }

    public void paid(Order order) {
        events.publishEvent(new OrderPaid(order.orderNumber(), order.memberId(), order.paymentId(),
                order.amounts().charged(), order.paidAt()));
    }

    public void advanced(Order order, OrderAction action, Actor actor, Instant at) {
        switch (action) {
            case PREPARE -> events.publishEvent(new OrderPreparing(order.orderNumber(), order.memberId(), at));
            case SHIP -> events.publishEvent(new OrderShipped(order.orderNumber(), order.memberId(), at));
            case DELIVER -> events.publishEvent(new OrderDelivered(order.orderNumber(), order.memberId(), at));
            case CONFIRM_PURCHASE -> events.publishEvent(new OrderPurchaseConfirmed(order.orderNumber(),
                    order.memberId(), order.amounts().charged().minus(order.refunded()),
                    actor.initiator() == Initiator.SYSTEM ? Initiator.SYSTEM : Initiator.SHOPPER, at));
            default -> throw new IllegalArgumentException(action + " has its own event");
        }
    }

    public void cancelled(Order order, CancelOutcome outcome, Actor actor, String reason, Instant at) {
        events.publishEvent(new OrderCancelled(order.orderNumber(), order.memberId(), outcome.wholeOrder(),
                outcome.lineNumbers(), outcome.refund(), outcome.pointsReturned(), outcome.wasPaid(), reason,
                actor.initiator(), at));
    }
}
