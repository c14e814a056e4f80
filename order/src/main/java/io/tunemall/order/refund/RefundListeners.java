package io.tunemall.order.refund;

import io.tunemall.payment.api.PaymentCancelled;
import io.tunemall.sdk.event.OrderCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Refunds what cancellations and completed returns owe, after their commit, from the outbox. Each event is refunded
 * once: its key (the cancelled lines, or the claim) is recorded before the gateway is asked. A cancel's late outcome
 * (the gateway answered the payment module's later try) settles the refund that waited for it.
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

    @ApplicationModuleListener
    void on(PaymentCancelled cancelled) {
        refunding.settleLate(cancelled);
    }
}
