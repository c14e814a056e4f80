package io.tunemall.platform.security.access;

/** What a request needs to be let through by an {@link AccessRule}. */
public sealed interface Requirement {

    /** Anybody, signed in or not: the login page, stylesheets. */
    record Open() implements Requirement {
    }

    /** A staff member who has finished signing in (password and, where needed, the second factor). */
    record SignedIn() implements Requirement {
    }

    /** A staff member in the middle of signing in (password checked, code or MFA enrolment to come), or signed in. */
    record LoginStep() implements Requirement {
    }

    /** A signed-in staff member whose role grants this permission. */
    record Granted(String permission) implements Requirement {
    }

    static Requirement open() {
        return new Open();
    }

    static Requirement signedIn() {
        return new SignedIn();
    }

    static Requirement loginStep() {
        return new LoginStep();
    }

    static Requirement permission(String key) {
        return new Granted(new Permission(key).key());
    }
}
