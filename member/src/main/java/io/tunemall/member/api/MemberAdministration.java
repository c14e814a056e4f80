package io.tunemall.member.api;

import java.util.Optional;

/**
 * The admin console's view of members. Lists and details are masked; {@link #unmask} shows the clear values and is
 * logged. Searching needs the exact email or phone: the stored values are encrypted, so they are found through their
 * blind indexes, never by partial text.
 */
public interface MemberAdministration {

    MemberPage search(MemberSearch search);

    /** A member's details, masked. */
    Optional<MemberDetail> detail(long memberId);

    /**
     * A member's details unmasked. The caller must hold {@link MemberPermissions#PII_UNMASK}; the unmask is logged
     * with the staff member, the reason and the request id.
     *
     * @throws MemberRejection ({@code reason}: {@code reason-required}) without a reason
     */
    Optional<MemberDetail> unmask(long memberId, String staffUsername, String reason);

    Under14Policy under14Policy();

    void changeUnder14Policy(Under14Policy policy, String staffUsername);
}
