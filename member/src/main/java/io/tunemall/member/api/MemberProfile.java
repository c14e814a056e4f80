package io.tunemall.member.api;

import java.time.Instant;

/**
 * A member as other modules see them, personal data decrypted. Keep it in memory only: whatever must be stored (an
 * order's orderer) is copied into that module's own encrypted columns.
 *
 * @param memberId the member's id
 * @param status whether the account is usable
 * @param name the member's name; null once withdrawn
 * @param email the login and contact email; null once withdrawn
 * @param phone the mobile number as typed; null once withdrawn
 * @param joinedAt when the account was created
 */
public record MemberProfile(long memberId, MemberStatus status, String name, String email, String phone,
        Instant joinedAt) {
}
