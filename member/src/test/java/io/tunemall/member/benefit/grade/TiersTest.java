package io.tunemall.member.benefit.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TiersTest {

    static final Tier BASIC = new Tier(1, "BASIC", "일반", 0, 0, 100, false, 0L, true);
    static final Tier SILVER = new Tier(2, "SILVER", "실버", 10, 100, 200, false, 300_000L, false);
    static final Tier GOLD = new Tier(3, "GOLD", "골드", 20, 300, 300, true, 1_000_000L, false);
    static final Tier STAFF = new Tier(4, "STAFF", "임직원", 99, 3000, 0, true, null, false);

    final Tiers tiers = new Tiers(List.of(SILVER, STAFF, BASIC, GOLD));

    @Test
    void a_member_gets_the_highest_grade_their_trailing_amount_reaches() {
        assertThat(tiers.gradeFor(0)).isEqualTo(BASIC);
        assertThat(tiers.gradeFor(299_999)).isEqualTo(BASIC);
        assertThat(tiers.gradeFor(300_000)).isEqualTo(SILVER);
        assertThat(tiers.gradeFor(999_999)).isEqualTo(SILVER);
        assertThat(tiers.gradeFor(5_000_000)).isEqualTo(GOLD);
    }

    @Test
    void a_grade_without_entry_amount_is_never_given_automatically() {
        assertThat(tiers.gradeFor(Long.MAX_VALUE)).isEqualTo(GOLD);
    }

    @Test
    void a_higher_level_wins_even_when_a_lower_one_asks_more() {
        Tier odd = new Tier(5, "ODD", "낮은데 비싼", 5, 0, 0, false, 2_000_000L, false);

        assertThat(new Tiers(List.of(BASIC, SILVER, odd)).gradeFor(2_500_000)).isEqualTo(SILVER);
    }

    @Test
    void the_default_grade_is_reached_with_nothing_and_must_exist() {
        assertThat(tiers.defaultTier()).isEqualTo(BASIC);
        assertThatThrownBy(() -> new Tiers(List.of(SILVER))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_range_of_members_ends_at_the_smaller_last_id_of_the_full_lists() {
        assertThat(Regrading.upperBound(List.of(1L, 5L, 9L), List.of(2L, 3L, 4L), 3)).isEqualTo(4L);
        assertThat(Regrading.upperBound(List.of(1L, 5L, 9L), List.of(2L), 3)).isEqualTo(9L);
        assertThat(Regrading.upperBound(List.of(1L), List.of(2L), 3)).isEqualTo(Long.MAX_VALUE);
    }
}
