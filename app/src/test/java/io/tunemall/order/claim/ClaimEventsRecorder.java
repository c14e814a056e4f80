package io.tunemall.order.claim;

import io.tunemall.sdk.event.ClaimRequested;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Receives ClaimRequested the way a webhook sender would: after commit, through the outbox. */
@Component
public class ClaimEventsRecorder {

    private final List<ClaimRequested> requested = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(ClaimRequested event) {
        requested.add(event);
    }

    public List<ClaimRequested> requested() {
        return List.copyOf(requested);
    }
}
