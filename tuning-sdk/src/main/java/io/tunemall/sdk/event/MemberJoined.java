package io.tunemall.sdk.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A shopper signed up: the account exists and the required consents are recorded. Published once per account, after
 * the sign-up committed. Typical listeners: welcome points, a welcome coupon, a CRM sync.
 *
 * @param memberId the new member's id, stable for the life of the account (also after withdrawal)
 * @param joinedAt when the account was created
 * @since 1.0.0
 */
public record MemberJoined(long memberId, Instant joinedAt) {

    public MemberJoined {
        Objects.requireNonNull(joinedAt, "joinedAt");
    }
}
