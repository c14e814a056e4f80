package io.tunemall.member.api;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * The owner's dormancy setting (휴면). The legal duty ended in 2023, so it is off unless the owner turns it on.
 *
 * @param enabled whether inactive accounts become dormant
 * @param after how long without a login (or, never logged in, since joining) until an account becomes dormant; the
 *     notice goes out 30 days earlier
 */
public record DormancyPolicy(boolean enabled, Period after) {

    public static final Period DEFAULT_AFTER = Period.ofYears(1);

    public DormancyPolicy {
        // At least 60 days, so that the 30-day notice comes after some inactivity rather than right after a login.
        LocalDate reference = LocalDate.of(2000, 1, 1);
        if (after == null || ChronoUnit.DAYS.between(reference, reference.plus(after)) < 60) {
            throw MemberRejection.of("dormancyAfter", "dormancy-period-too-short");
        }
    }
}
