package io.tunemall.member.api;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may know of a shopper: their contact details (decrypted, for an order or a delivery) and their
 * address book. Members are referred to everywhere else by their id alone.
 */
public interface MemberAccounts {

    /** The member's profile, also for a withdrawn member (whose personal data is then erased, so null). */
    Optional<MemberProfile> find(long memberId);

    /** The member's saved addresses, the default first; empty for an unknown or withdrawn member. */
    List<ShippingAddress> addresses(long memberId);
}
