package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * One change of a member's grade.
 *
 * @param reason {@code AUTO} (the re-grading) or {@code MANUAL} (staff)
 * @param staff who did it, for manual changes
 * @param trailingPaid the amount an automatic change was based on
 */
public record GradeChange(long id, long memberId, String fromCode, String toCode, String reason, String staff,
        String note, Money trailingPaid, Instant at) {
}
