package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member's grade now.
 *
 * @param manual whether staff set it (the re-grading then leaves it alone)
 * @param since when the member got it; null when never re-graded (the implicit grade of 0 won)
 * @param trailingPaid paid less refunded over the orders paid since {@code countedFrom}
 */
public record MemberGrade(long memberId, GradeTier grade, boolean manual, Instant since, Money trailingPaid,
        LocalDate countedFrom) {
}
