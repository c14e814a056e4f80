package io.tunemall.order.api;

import io.tunemall.sdk.event.Initiator;
import java.util.Objects;

/**
 * Who makes a change, as the order's history records it.
 *
 * @param initiator the platform, the shopper or staff
 * @param name the job's name, {@code shopper}, or the staff member's name
 */
public record Actor(Initiator initiator, String name) {

    public Actor {
        Objects.requireNonNull(initiator, "initiator");
        Objects.requireNonNull(name, "name");
    }

    public static Actor system(String job) {
        return new Actor(Initiator.SYSTEM, job);
    }

    public static Actor shopper() {
        return new Actor(Initiator.SHOPPER, "shopper");
    }

    public static Actor staff(String name) {
        return new Actor(Initiator.STAFF, name);
    }
}
