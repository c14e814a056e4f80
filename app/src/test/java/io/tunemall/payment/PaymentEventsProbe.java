package io.tunemall.payment;

import io.tunemall.payment.api.PaymentCancelled;
import io.tunemall.payment.api.PaymentConfirmed;
import io.tunemall.payment.api.PaymentFailed;
import io.tunemall.payment.api.VirtualAccountDeposited;
import io.tunemall.payment.api.VirtualAccountIssued;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the payment events as another module would (after commit, from the outbox) and remembers them, so tests
 * can see what was published and how often.
 */
@Component
public class PaymentEventsProbe {

    private final List<Object> received = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(PaymentConfirmed event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(PaymentFailed event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(PaymentCancelled event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(VirtualAccountIssued event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(VirtualAccountDeposited event) {
        received.add(event);
    }

    /** The tuning SDK's form, as a tuning module receives it. */
    @ApplicationModuleListener
    void on(io.tunemall.sdk.event.PaymentConfirmed event) {
        received.add(event);
    }

    public <T> List<T> of(Class<T> type, String orderNumber) {
        return received.stream().filter(type::isInstance).map(type::cast)
                .filter(event -> orderNumber.equals(orderNumberOf(event))).toList();
    }

    private static String orderNumberOf(Object event) {
        if (event instanceof PaymentConfirmed e) {
            return e.orderNumber();
        } else if (event instanceof PaymentFailed e) {
            return e.orderNumber();
        } else if (event instanceof PaymentCancelled e) {
            return e.orderNumber();
        } else if (event instanceof VirtualAccountIssued e) {
            return e.orderNumber();
        } else if (event instanceof VirtualAccountDeposited e) {
            return e.orderNumber();
        } else if (event instanceof io.tunemall.sdk.event.PaymentConfirmed e) {
            return e.orderNumber();
        }
        return null;
    }
}
