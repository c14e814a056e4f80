package io.tunemall.member.api;

import java.time.Instant;

/**
 * A member in the admin list, masked (홍*동, ab***@example.com, 010-****-5678).
 *
 * @param memberId the member's id
 * @param status the account's state
 * @param maskedName the name, masked; null once withdrawn
 * @param maskedEmail the email, masked; null once withdrawn
 * @param maskedPhone the phone, masked; null once withdrawn
 * @param joinedAt when the account was created
 * @param lastLoginAt the last login, or null
 */
public record MemberRow(long memberId, MemberStatus status, String maskedName, String maskedEmail, String maskedPhone,
        Instant joinedAt, Instant lastLoginAt) {
}
