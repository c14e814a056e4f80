package io.tunemall.order.payment;

import io.tunemall.order.api.IllegalTransition;
import io.tunemall.order.api.OrderPayments;
import io.tunemall.order.api.PaymentAmountMismatch;
import io.tunemall.payment.api.PaymentConfirmed;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.VirtualAccountIssued;
import io.tunemall.payment.api.Payments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks an order paid when its payment is confirmed, however the confirmation came: the shopper's return from the
 * approval step, a virtual-account deposit, or reconciliation after a timeout. Delivered from the outbox, so a
 * confirmation is never lost; marking twice changes nothing. A payment for an order that is no longer waiting (it
 * expired or was cancelled meanwhile) or for another amount is given back, so no money stays taken without an order.
 */
@Component
class PaymentOutcomes {

    private static final Logger log = LoggerFactory.getLogger(PaymentOutcomes.class);

    private final OrderPayments orders;
    private final Payments payments;

    PaymentOutcomes(OrderPayments orders, Payments payments) {
        this.orders = orders;
        this.payments = payments;
    }

    /**
     * An issued virtual account says how the order is paid before the deposit (staff may then confirm it by hand) and
     * until when the order waits for it.
     */
    @ApplicationModuleListener
    void on(VirtualAccountIssued issued) {
        orders.paymentBegun(issued.orderNumber(), PaymentMethod.VIRTUAL_ACCOUNT.name());
        orders.depositAwaited(issued.orderNumber(), issued.account().dueAt());
    }

    @ApplicationModuleListener
    void on(PaymentConfirmed confirmed) {
        try {
            orders.markPaid(confirmed.orderNumber(), confirmed.paymentKey(), confirmed.amount(),
                    confirmed.method().name());
        } catch (IllegalTransition | PaymentAmountMismatch refused) {
            log.warn("Payment of order {} confirmed but the order cannot take it ({}); giving the money back",
                    confirmed.orderNumber(), refused.getMessage());
            payments.abandon(confirmed.orderNumber(), refused.getMessage());
        }
    }
}
