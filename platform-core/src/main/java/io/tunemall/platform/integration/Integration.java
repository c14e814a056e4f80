package io.tunemall.platform.integration;

import java.util.List;

/**
 * One entry of the app store, contributed by the module that carries it out. Its name and description are messages
 * {@code integration.{id}.name} and {@code integration.{id}.description}; each field's label is
 * {@code integration.{id}.{field}}.
 */
public interface Integration {

    /** Stable id, used in URLs and storage, such as {@code ga4}. */
    String id();

    IntegrationCategory category();

    /** The settings the owner fills in before switching it on; empty for a plain switch. */
    List<IntegrationField> fields();

    /**
     * Called in the transaction that switches the integration on or off, after its settings were checked and
     * stored: throwing rolls the switch back.
     */
    default void switched(boolean on, IntegrationSettings settings, String changedBy) {
    }

    /**
     * Whether it is on, given what the app store recorded. An integration whose state also lives elsewhere (a
     * payment method the owner can switch in the payment settings too) answers from there.
     */
    default boolean isOn(boolean recorded) {
        return recorded;
    }
}
