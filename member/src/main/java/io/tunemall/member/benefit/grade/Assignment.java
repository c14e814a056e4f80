package io.tunemall.member.benefit.grade;

import java.time.Instant;

/** A member's recorded grade. */
record Assignment(long memberId, long gradeId, boolean manual, Instant changedAt) {
}
