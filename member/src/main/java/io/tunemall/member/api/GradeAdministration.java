package io.tunemall.member.api;

import java.util.List;

/**
 * The owner's side of grades: the tiers, re-grading on demand, and a member's grade set by hand. Writes are refused
 * as a whole with a {@link BenefitRejection} naming the field.
 */
public interface GradeAdministration {

    /** Every grade from the highest level down, with how many members hold it. */
    List<GradeTier> tiers();

    long createTier(GradeDraft draft, String staff);

    /** Updates a grade; its code never changes. */
    void updateTier(long id, GradeDraft draft, String staff);

    /** Deletes a grade no member holds; the default grade cannot be deleted. */
    void deleteTier(long id, String staff);

    /**
     * Re-grades every member now, as the nightly job does. Answers {@link RegradeRun#ran()} false when a re-grading
     * is already running on some node.
     */
    RegradeRun regradeNow(String staff);

    /** The member's grade now, whether staff set it, and the amount the re-grading counts. */
    MemberGrade gradeOf(long memberId);

    /** Every change of the member's grade, newest first. */
    List<GradeChange> history(long memberId);

    /** Gives the member a grade by hand; the re-grading leaves it until the override is cleared. */
    void override(long memberId, long gradeId, String note, String staff);

    /** Clears a manual grade: the member is re-graded at once by the usual rule. */
    void clearOverride(long memberId, String staff);
}
