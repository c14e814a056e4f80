package io.tunemall.member.api;

/** Where an account is in its life. */
public enum MemberStatus {
    /** Can log in and order. */
    ACTIVE,
    /** The member left: personal data erased, the id kept so that orders and the consent history stay valid. */
    WITHDRAWN
}
