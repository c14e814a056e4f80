package io.tunemall.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A listener that fails as often as a test tells it to, standing in for a crash or an unreachable partner. */
@Component
public class FlakyParcelListener {

    private final AtomicInteger failuresAhead = new AtomicInteger();
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    public void on(ParcelLabelled event) {
        attempts.add(event.parcel());
        if (failuresAhead.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("Simulated failure delivering " + event.parcel());
        }
        delivered.add(event.parcel());
    }

    public void failNextAttempts(int count) {
        failuresAhead.set(count);
    }

    public List<String> attempts() {
        return attempts;
    }

    public List<String> delivered() {
        return delivered;
    }
}
