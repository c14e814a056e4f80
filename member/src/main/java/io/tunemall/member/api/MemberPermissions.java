package io.tunemall.member.api;

/** The admin console's permissions about members, as Spring Security authorities of staff accounts. */
public final class MemberPermissions {

    /** Show a member's personal data unmasked; each use is logged. */
    public static final String PII_UNMASK = "members:pii-unmask";

    private MemberPermissions() {
    }
}
