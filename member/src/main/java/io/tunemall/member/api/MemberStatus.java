package io.tunemall.member.api;

/** Where an account is in its life. */
public enum MemberStatus {
    /** Can log in and order. */
    ACTIVE,
    /**
     * Inactive for the owner's dormancy period: personal data moved to the dormant store, login locked until the
     * member proves themselves again (password or provider login, then a mailed code).
     */
    DORMANT,
    /** The member left: personal data erased, the id kept so that orders and the consent history stay valid. */
    WITHDRAWN
}
