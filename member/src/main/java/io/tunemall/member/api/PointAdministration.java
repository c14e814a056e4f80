package io.tunemall.member.api;

import java.util.List;

/** Staff's side of points: a member's statement, adjustments with a reason, and running the expiry now. */
public interface PointAdministration {

    /** The member's balance and their entries, newest first, a page at a time. */
    PointStatement statement(long memberId, int page, int size);

    /**
     * Adds or deducts points by hand. The reason and the staff name are required; a deduction larger than the
     * member's points is refused with {@link InsufficientPoints}, other mistakes with {@link BenefitRejection}.
     */
    PointEntryRow adjust(PointAdjustment adjustment);

    /** The latest manual adjustments across all members, newest first. */
    List<PointEntryRow> recentAdjustments(int limit);

    /** Expires every entry past its date now, as the nightly job does. */
    PointExpiryRun expireDueNow();
}
