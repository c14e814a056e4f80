package io.tunemall.platform.tuning;

import java.time.Instant;

/**
 * What /actuator/tuning and the admin Tuning page show of one hook: its owner, its timings and its failures (slow
 * calls at points that drop them included).
 */
public record HookReport(String module, String placement, boolean enabled, long calls, double meanMicros,
        double maxMicros, long failures, String lastFailure, Instant lastFailedAt) {
}
