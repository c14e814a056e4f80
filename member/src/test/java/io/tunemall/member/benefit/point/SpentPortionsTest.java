package io.tunemall.member.benefit.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpentPortionsTest {

    static final Instant NOW = Instant.parse("2027-02-15T03:00:00Z");
    static final Instant JAN = Instant.parse("2027-01-31T15:00:00Z");
    static final Instant MAR = Instant.parse("2027-03-31T15:00:00Z");
    static final Instant JUN = Instant.parse("2027-06-30T15:00:00Z");

    @Test
    void points_go_back_to_the_credits_they_came_from_the_longest_valid_first() {
        SpentPortions portions = new SpentPortions(List.of(
                new SpentPortion(10, 1, 500, 0, MAR),
                new SpentPortion(11, 2, 400, 0, JUN)));

        assertThat(portions.giveBack(600, NOW)).containsExactly(
                new GiveBack(11, 2, 400, false),
                new GiveBack(10, 1, 200, false));
    }

    @Test
    void points_whose_credit_expired_meanwhile_are_marked_lapsed_for_reissue() {
        SpentPortions portions = new SpentPortions(List.of(
                new SpentPortion(10, 1, 500, 0, JAN),
                new SpentPortion(11, 2, 400, 0, JUN)));

        assertThat(portions.giveBack(900, NOW)).containsExactly(
                new GiveBack(11, 2, 400, false),
                new GiveBack(10, 1, 500, true));
    }

    @Test
    void what_earlier_give_backs_returned_is_not_returned_again() {
        SpentPortions portions = new SpentPortions(List.of(
                new SpentPortion(10, 1, 500, 500, MAR),
                new SpentPortion(11, 2, 400, 100, JUN)));

        assertThat(portions.restorable()).isEqualTo(300);
        assertThat(portions.giveBack(300, NOW)).containsExactly(new GiveBack(11, 2, 300, false));
        assertThatThrownBy(() -> portions.giveBack(301, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_credit_expiring_exactly_now_counts_as_expired() {
        SpentPortions portions = new SpentPortions(List.of(new SpentPortion(10, 1, 500, 0, NOW)));

        assertThat(portions.giveBack(100, NOW)).containsExactly(new GiveBack(10, 1, 100, true));
    }
}
