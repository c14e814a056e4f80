package io.tunemall.order.refund;

import io.tunemall.sdk.event.OrderCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Refunds what cancellations and completed returns owe, after their commit, from the outbox. Each event is refunded
 * once: its key (the cancelled lines, or the claim) is recorded before the gateway is asked.
 */
@Component
class RefundListeners {

    private final Refunding refunding;

    RefundListeners(Refunding refunding) {
        this.refunding = refunding;
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        if (!cancelled.wasPaid() || cancelled.refundAmount().isZero()) {
            return;
        }
        refunding.refund(cancelled);
    }

    @ApplicationModuleListener
    void on(RefundDue due) {
        refunding.refund(due);
    }
}
