package io.tunemall.member.benefit.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveCreditsTest {

    static final Instant JAN = Instant.parse("2027-01-31T15:00:00Z");
    static final Instant MAR = Instant.parse("2027-03-31T15:00:00Z");
    static final Instant JUN = Instant.parse("2027-06-30T15:00:00Z");

    @Test
    void a_spend_uses_the_points_that_expire_first_whatever_order_they_were_earned_in() {
        LiveCredits credits = new LiveCredits(List.of(
                new LiveCredit(1, 1000, JUN),
                new LiveCredit(2, 500, JAN),
                new LiveCredit(3, 700, MAR)));

        assertThat(credits.take(1000)).containsExactly(new Take(2, 500), new Take(3, 500));
    }

    @Test
    void between_credits_expiring_together_the_older_entry_goes_first() {
        LiveCredits credits = new LiveCredits(List.of(new LiveCredit(9, 300, MAR), new LiveCredit(4, 300, MAR)));

        assertThat(credits.take(400)).containsExactly(new Take(4, 300), new Take(9, 100));
    }

    @Test
    void successive_takes_never_use_the_same_points_twice() {
        LiveCredits credits = new LiveCredits(List.of(new LiveCredit(1, 300, JAN), new LiveCredit(2, 300, MAR)));

        assertThat(credits.takeFrom(2, 200)).containsExactly(new Take(2, 200));
        assertThat(credits.take(350)).containsExactly(new Take(1, 300), new Take(2, 50));
        assertThat(credits.total()).isEqualTo(50);
        assertThat(credits.takeAtMost(1000)).containsExactly(new Take(2, 50));
        assertThat(credits.takeFrom(1, 10)).isEmpty();
    }

    @Test
    void taking_more_than_there_is_is_a_programming_error_the_callers_check_first() {
        LiveCredits credits = new LiveCredits(List.of(new LiveCredit(1, 300, JAN)));

        assertThatThrownBy(() -> credits.take(301)).isInstanceOf(IllegalStateException.class);
        assertThat(credits.total()).isEqualTo(300);
    }
}
