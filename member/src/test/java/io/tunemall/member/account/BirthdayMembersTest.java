package io.tunemall.member.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class BirthdayMembersTest {

    @Test
    void a_birthday_is_the_same_month_and_day_in_any_year() {
        assertThat(BirthdayMembers.celebrates(MonthDay.of(5, 17), MonthDay.of(5, 17), false)).isTrue();
        assertThat(BirthdayMembers.celebrates(MonthDay.of(5, 17), MonthDay.of(5, 18), false)).isFalse();
    }

    @Test
    void members_born_on_the_29th_of_february_celebrate_on_the_28th_in_other_years() {
        MonthDay leapDay = MonthDay.of(2, 29);

        assertThat(BirthdayMembers.celebrates(leapDay, MonthDay.of(2, 28), false)).isTrue();
        assertThat(BirthdayMembers.celebrates(leapDay, MonthDay.of(2, 28), true)).isFalse();
        assertThat(BirthdayMembers.celebrates(leapDay, MonthDay.of(2, 29), true)).isTrue();
    }
}
