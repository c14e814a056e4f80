package io.tunemall.payment.lifecycle;

import io.tunemall.payment.api.PaymentCancelled;
import io.tunemall.payment.api.PaymentConfirmed;
import io.tunemall.payment.api.PaymentFailed;
import io.tunemall.payment.api.VirtualAccountDeposited;
import io.tunemall.payment.api.VirtualAccountIssued;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes each payment event twice in the transaction that changed the payment: as the payment module's record (for
 * the platform's modules) and as the tuning SDK's stable record (for tuning modules). The outbox stores a publication
 * only for the listeners that exist, so a form nobody listens to costs nothing.
 */
@Component
class PaymentEvents {

    private final ApplicationEventPublisher publisher;

    PaymentEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void confirmed(PaymentConfirmed event) {
        publisher.publishEvent(event);
        publisher.publishEvent(new io.tunemall.sdk.event.PaymentConfirmed(event.orderNumber(), event.amount(),
                event.taxFreeAmount(), event.method().name(), event.approvedAt()));
    }

    void failed(PaymentFailed event) {
        publisher.publishEvent(event);
        publisher.publishEvent(new io.tunemall.sdk.event.PaymentFailed(event.orderNumber(), event.code(),
                event.message(), event.failedAt()));
    }

    void cancelled(PaymentCancelled event) {
        publisher.publishEvent(event);
        publisher.publishEvent(new io.tunemall.sdk.event.PaymentCancelled(event.orderNumber(), event.amount(),
                event.taxFreeAmount(), event.remaining(), event.fullyCancelled(), event.reason(), event.cancelledAt()));
    }

    void virtualAccountIssued(VirtualAccountIssued event) {
        publisher.publishEvent(event);
        publisher.publishEvent(new io.tunemall.sdk.event.VirtualAccountIssued(event.orderNumber(), event.amount(),
                event.account().bank(), event.account().accountNumber(), event.account().dueAt()));
    }

    void virtualAccountDeposited(VirtualAccountDeposited event) {
        publisher.publishEvent(event);
        publisher.publishEvent(new io.tunemall.sdk.event.VirtualAccountDeposited(event.orderNumber(), event.amount(),
                event.depositedAt()));
    }
}
