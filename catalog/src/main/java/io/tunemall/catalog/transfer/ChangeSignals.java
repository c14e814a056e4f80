package io.tunemall.catalog.transfer;

import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.catalog.api.ProductsChangedInBulk;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the platform what an import transaction changed: one {@link ProductChanged} per product for a
 * few products, one {@link ProductsChangedInBulk} for many, so caches are cleared once and the outbox gets one row
 * instead of thousands.
 */
@Component
class ChangeSignals {

    static final int BULK_FROM = 50;

    private final ApplicationEventPublisher events;

    ChangeSignals(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Publishes inside the caller's transaction; listeners act after it commits. */
    void changed(List<Long> productIds, Instant since, Instant now) {
        if (productIds.isEmpty()) {
            return;
        }
        if (productIds.size() < BULK_FROM) {
            productIds.forEach(id -> events.publishEvent(new ProductChanged(id, now)));
        } else {
            events.publishEvent(new ProductsChangedInBulk(since, now, productIds.size()));
        }
    }
}
