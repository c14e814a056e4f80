package io.tunemall.member.api;

import java.time.Instant;
import java.util.List;

/**
 * A member's page in the admin console: masked, or clear after an unmask.
 *
 * @param memberId the member's id
 * @param status the account's state
 * @param masked whether the personal data below is masked
 * @param name the name
 * @param email the email
 * @param phone the phone
 * @param birthDate the birth date (yyyy-MM-dd), or only the year when masked
 * @param under14AtSignUp whether the member signed up under 14 with a guardian's consent
 * @param joinedAt when the account was created
 * @param lastLoginAt the last login, or null
 * @param withdrawnAt when the member withdrew, or null
 * @param consents the current consents
 * @param addresses the address book (masked like the rest)
 */
public record MemberDetail(long memberId, MemberStatus status, boolean masked, String name, String email,
        String phone, String birthDate, boolean under14AtSignUp, Instant joinedAt, Instant lastLoginAt,
        Instant withdrawnAt, List<ConsentState> consents, List<ShippingAddress> addresses) {

    public MemberDetail {
        consents = List.copyOf(consents);
        addresses = List.copyOf(addresses);
    }
}
