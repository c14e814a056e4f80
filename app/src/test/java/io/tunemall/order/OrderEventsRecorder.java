package io.tunemall.order;

import io.tunemall.sdk.event.OrderCancelled;
import io.tunemall.sdk.event.OrderPaid;
import io.tunemall.sdk.event.OrderPlaced;
import io.tunemall.sdk.event.OrderPreparing;
import io.tunemall.sdk.event.StockLow;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Receives order events the way another module would: after commit, through the outbox. */
@Component
public class OrderEventsRecorder {

    public final List<Object> received = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(OrderPaid event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(OrderPreparing event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        received.add(event);
    }

    @ApplicationModuleListener
    void on(StockLow event) {
        received.add(event);
    }

    public <T> List<T> of(Class<T> type) {
        return received.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
