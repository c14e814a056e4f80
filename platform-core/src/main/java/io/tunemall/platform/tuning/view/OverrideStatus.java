package io.tunemall.platform.tuning.view;

/**
 * One module's override of a platform template, as the admin Tuning page and the upgrade report show it.
 *
 * @param basedOn the fingerprint of the platform template the module says it was written against
 * @param current the fingerprint of the platform's template now
 * @param active whether the override is in use (its module enabled)
 */
public record OverrideStatus(String module, String template, String basedOn, String current, boolean active) {

    /** The platform's template changed since the override was written: someone should merge the change. */
    public boolean outdated() {
        return !basedOn.equals(current);
    }

    public String file() {
        return template + ".html";
    }
}
