package io.tunemall.member.api;

import java.time.Instant;

/**
 * A member's grade changed, by the re-grading ({@code AUTO}) or by staff ({@code MANUAL}). Published in the
 * transaction of the change; listeners run after commit (notifications, CRM sync).
 */
public record GradeChanged(long memberId, String fromCode, String toCode, String reason, Instant at) {
}
