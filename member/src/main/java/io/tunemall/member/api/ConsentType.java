package io.tunemall.member.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a member agrees to. Terms and privacy are needed to have an account at all; marketing is opt-in per channel
 * (정보통신망법 §50), and advertising sent between 21:00 and 08:00 needs its own consent on top.
 */
public enum ConsentType {
    TERMS(true),
    PRIVACY(true),
    MARKETING_EMAIL(false),
    MARKETING_SMS(false),
    MARKETING_PUSH(false),
    NIGHT_TIME(false);

    private final boolean required;

    ConsentType(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /** The consents a member may give or take back at any time, which the two-year re-confirmation is about. */
    public static Set<ConsentType> optional() {
        return EnumSet.of(MARKETING_EMAIL, MARKETING_SMS, MARKETING_PUSH, NIGHT_TIME);
    }
}
