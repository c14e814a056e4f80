package io.tunemall.member.api;

import java.time.MonthDay;
import java.util.List;

/** Who has a birthday on a day, for birthday coupons and greetings. */
public interface MemberBirthdays {

    /**
     * Ids of active members born on the day (any year). Members born on 29 February are counted on 28 February in a
     * year without a 29th, so they get their birthday every year.
     *
     * @param leapYear whether the year asked about has a 29 February
     */
    List<Long> bornOn(MonthDay day, boolean leapYear);
}
