package io.tunemall.member.benefit.grade;

/** Why a member's grade changed, as the history records it. */
enum GradeReason {
    /** The re-grading, by the trailing paid amount. */
    AUTO,
    /** Staff set the grade by hand. */
    MANUAL,
    /** Staff cleared a grade set by hand; the member got the grade the rule gives. */
    CLEARED
}
