package io.tunemall.platform.integration;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** One row of {@code app_integration} with its settings, secrets still encrypted (as cached). */
record StoredIntegration(boolean on, Map<String, String> values, Instant changedAt, String changedBy)
        implements Serializable {

    static final StoredIntegration NEVER_SET = new StoredIntegration(false, Map.of(), null, null);

    StoredIntegration {
        values = Map.copyOf(values);
    }
}
