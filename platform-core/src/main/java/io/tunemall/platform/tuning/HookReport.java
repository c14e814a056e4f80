package io.tunemall.platform.tuning;

/** What /actuator/tuning and the admin Tuning page show of one hook: its owner, its timings and its failures. */
public record HookReport(String module, String placement, boolean enabled, long calls, double meanMicros,
        double maxMicros, long failures, String lastFailure) {
}
