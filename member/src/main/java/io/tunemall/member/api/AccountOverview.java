package io.tunemall.member.api;

import java.time.Instant;
import java.util.List;

/**
 * The member's own account, decrypted for the my-page.
 *
 * @param memberId the member's id
 * @param name the member's name
 * @param email the login email
 * @param phone the mobile number
 * @param emailVerified whether the member has proven they receive mail at that address
 * @param joinedAt when the account was created
 * @param consents the current decision for every kind of consent
 * @param reconfirmationDue whether a two-year re-confirmation notice is waiting for an answer
 */
public record AccountOverview(long memberId, String name, String email, String phone, boolean emailVerified,
        Instant joinedAt, List<ConsentState> consents, boolean reconfirmationDue) {

    public AccountOverview {
        consents = List.copyOf(consents);
    }

    public boolean granted(ConsentType type) {
        return consents.stream().anyMatch(consent -> consent.type() == type && consent.granted());
    }
}
