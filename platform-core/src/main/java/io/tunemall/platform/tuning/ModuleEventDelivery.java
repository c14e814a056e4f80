package io.tunemall.platform.tuning;

import io.tunemall.sdk.event.EventListener;
import io.tunemall.sdk.event.EventPoints;
import io.tunemall.sdk.event.MemberJoined;
import io.tunemall.sdk.event.MemberSignedIn;
import io.tunemall.sdk.event.OrderCancelled;
import io.tunemall.sdk.event.OrderDelivered;
import io.tunemall.sdk.event.OrderPaid;
import io.tunemall.sdk.event.OrderPlaced;
import io.tunemall.sdk.event.OrderPreparing;
import io.tunemall.sdk.event.OrderPurchaseConfirmed;
import io.tunemall.sdk.event.OrderShipped;
import io.tunemall.sdk.event.PaymentCancelled;
import io.tunemall.sdk.event.PaymentConfirmed;
import io.tunemall.sdk.event.PaymentFailed;
import io.tunemall.sdk.event.ShipmentUpdated;
import io.tunemall.sdk.event.StockLow;
import io.tunemall.sdk.event.VirtualAccountDeposited;
import io.tunemall.sdk.event.VirtualAccountIssued;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands the SDK's domain events to the listeners modules attach at {@link EventPoints}. Each event reaches this class
 * through the outbox (Spring Modulith's publication registry), after the change committed and in a transaction of its
 * own. The listeners run through the event's hook chain, so a disabled module is skipped and a failing one is counted
 * against its module. When any listener failed, this delivery fails too: the publication stays incomplete and
 * {@code OutboxRetry} hands the event over again later, to every enabled listener (they are idempotent by contract).
 */
@Component
class ModuleEventDelivery {

    private final HookChains chains;

    ModuleEventDelivery(HookChains chains) {
        this.chains = chains;
    }

    @ApplicationModuleListener
    void on(MemberJoined event) {
        deliver(MemberJoined.class, event);
    }

    @ApplicationModuleListener
    void on(MemberSignedIn event) {
        deliver(MemberSignedIn.class, event);
    }

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        deliver(OrderPlaced.class, event);
    }

    @ApplicationModuleListener
    void on(OrderPaid event) {
        deliver(OrderPaid.class, event);
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        deliver(OrderCancelled.class, event);
    }

    @ApplicationModuleListener
    void on(OrderPreparing event) {
        deliver(OrderPreparing.class, event);
    }

    @ApplicationModuleListener
    void on(OrderShipped event) {
        deliver(OrderShipped.class, event);
    }

    @ApplicationModuleListener
    void on(OrderDelivered event) {
        deliver(OrderDelivered.class, event);
    }

    @ApplicationModuleListener
    void on(OrderPurchaseConfirmed event) {
        deliver(OrderPurchaseConfirmed.class, event);
    }

    @ApplicationModuleListener
    void on(PaymentConfirmed event) {
        deliver(PaymentConfirmed.class, event);
    }

    @ApplicationModuleListener
    void on(PaymentCancelled event) {
        deliver(PaymentCancelled.class, event);
    }

    @ApplicationModuleListener
    void on(PaymentFailed event) {
        deliver(PaymentFailed.class, event);
    }

    @ApplicationModuleListener
    void on(VirtualAccountIssued event) {
        deliver(VirtualAccountIssued.class, event);
    }

    @ApplicationModuleListener
    void on(VirtualAccountDeposited event) {
        deliver(VirtualAccountDeposited.class, event);
    }

    @ApplicationModuleListener
    void on(ShipmentUpdated event) {
        deliver(ShipmentUpdated.class, event);
    }

    @ApplicationModuleListener
    void on(StockLow event) {
        deliver(StockLow.class, event);
    }

    <E extends Record> void deliver(Class<E> type, E event) {
        HookChain<EventListener<E>> chain = chains.chain(EventPoints.of(type));
        if (chain.isEmpty()) {
            return;
        }
        List<String> failed = chain.runEachContained(listener -> listener.on(event));
        if (!failed.isEmpty()) {
            throw new ModuleListenersFailed(type.getSimpleName(), failed);
        }
    }

    /** Leaves the event's publication incomplete, so the outbox delivers it again. */
    static final class ModuleListenersFailed extends RuntimeException {

        ModuleListenersFailed(String event, List<String> modules) {
            super("The listeners of tuning modules " + modules + " failed on " + event + "; it will be delivered again");
        }
    }
}
