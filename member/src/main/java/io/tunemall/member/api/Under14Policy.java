package io.tunemall.member.api;

/** The owner's choice for sign-ups of children under 14 (개인정보 보호법 §22-2). */
public enum Under14Policy {
    /** Children under 14 cannot sign up. */
    REFUSE,
    /** They can, with the consent of a legal guardian, recorded with the sign-up. */
    GUARDIAN_CONSENT
}
