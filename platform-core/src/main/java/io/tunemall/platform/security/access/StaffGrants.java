package io.tunemall.platform.security.access;

/**
 * What a staff member's role grants right now, for checks made outside the admin chain's {@code AccessRules} (a tuning
 * module's admin routes and menu entries). Implemented where staff accounts live; looked up on each call, so a
 * changed role applies at once, as it does for the platform's own pages.
 */
public interface StaffGrants {

    /** Whether the signed-in staff member {@code username} may do {@code permission} (a {@link Permission} key). */
    boolean holds(String username, String permission);
}
