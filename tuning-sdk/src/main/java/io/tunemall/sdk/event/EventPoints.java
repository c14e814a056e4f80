package io.tunemall.sdk.event;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;
import java.util.Objects;

/**
 * The extension points where modules listen to domain events: one per event record of this package, with the id
 * {@code event.} followed by the record's simple name ({@code event.OrderPaid}). See {@link EventListener} for when
 * listeners run, their order and what happens when one fails.
 *
 * @since 1.0
 */
public final class EventPoints {

    private static final String PACKAGE = EventPoints.class.getPackageName() + ".";

    private EventPoints() {
    }

    /**
     * The point where listeners of {@code eventType} attach. Two calls with the same type give equal points.
     *
     * @throws IllegalArgumentException when the type is not one of the SDK's event records
     * @since 1.0
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <E extends Record> ExtensionPoint<EventListener<E>> of(Class<E> eventType) {
        Objects.requireNonNull(eventType, "eventType");
        if (!eventType.getName().startsWith(PACKAGE) || eventType.getName().indexOf('.', PACKAGE.length()) >= 0) {
            throw new IllegalArgumentException("Modules listen only to the SDK's events (" + PACKAGE + "*), not "
                    + eventType.getName());
        }
        return (ExtensionPoint) new ExtensionPoint<>("event." + eventType.getSimpleName(), EventListener.class,
                FailurePolicy.SKIP_AND_LOG, "Delivers " + eventType.getSimpleName() + " to modules after the "
                        + "change committed, through the outbox; a failing listener is counted against its module "
                        + "and the event is delivered again later.");
    }
}
