package io.tunemall.member.benefit.grade;

/** A change about to be written to the history. */
record HistoryLine(long memberId, String fromCode, String toCode, GradeReason reason, String staff, String note,
        Long paidWon) {
}
