package io.tunemall.member.api;

import java.time.Instant;

/**
 * A staff write to grades, points or gift cards (a grade saved, a member's grade overridden, points adjusted, a
 * gift card batch issued or voided), published in the transaction of the write so that the admin audit log can
 * record it after commit.
 *
 * @param staff the staff account's username
 * @param action what was done, such as {@code points.adjust} or {@code gift-cards.issue}
 * @param subject what it was done to, such as {@code member:42} or {@code gift-card-batch:7}
 * @param detail the values, in plain words
 */
public record BenefitAdminAction(String staff, String action, String subject, String detail, Instant at) {
}
