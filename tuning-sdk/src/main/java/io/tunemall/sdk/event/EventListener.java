package io.tunemall.sdk.event;

/**
 * A module's listener for one of the domain events of this package, attached as a hook at
 * {@link EventPoints#of(Class)}:
 *
 * <pre>{@code
 * Hook.after(context.moduleId(), EventPoints.of(OrderCancelled.class),
 *         (EventListener<OrderCancelled>) cancelled -> giveBackSlot(cancelled.orderNumber()));
 * }</pre>
 *
 * <h2>When it runs</h2>
 * After the transaction that raised the event committed, on a worker thread of the platform (never the shopper's
 * request), and only while the module is enabled: an event raised while the module is disabled or not installed is not
 * delivered to it later. The platform writes every event to its transactional outbox in the transaction of the change,
 * so an event is not lost when the node stops between commit and delivery.
 *
 * <h2>Ordering</h2>
 * The listeners of one event run one after another, in the order of the point's chain (placement, then
 * {@link io.tunemall.sdk.extension.Hook#orderedAfter(String...)}, then module id). Different events are delivered
 * independently: a listener must not expect {@code OrderPaid} to arrive after {@code OrderPlaced}.
 *
 * <h2>Failure policy</h2>
 * A listener that throws is counted against its module (shown on the Tuning page; the module is switched off after the
 * platform's limit of failures in a row) and the event stays in the outbox, which hands it to the listeners again
 * about a minute later, until they succeed. Listeners of the same event that did succeed may then see it again, so
 * every listener must be idempotent (keyed by the order number, for example). A listener may do its work in the
 * module's own tables; that work runs in a transaction of its own, separate from the change that raised the event.
 *
 * @param <E> the event record
 * @since 1.0
 */
@FunctionalInterface
public interface EventListener<E extends Record> {

    /** Reacts to one event. Throwing asks the platform to deliver it again later. */
    void on(E event);
}
