package io.tunemall.member.benefit.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EarnedPointsTest {

    @Test
    void an_unspent_earn_is_cancelled_from_its_own_rest() {
        EarnedPoints earned = new EarnedPoints(1000, 1000, 0, 0);

        assertThat(earned.cancel(1000)).isEqualTo(new EarnedPoints.Plan(1000, 0, 0));
    }

    @Test
    void the_spent_part_is_taken_from_the_members_other_points() {
        EarnedPoints earned = new EarnedPoints(1000, 300, 0, 0);

        assertThat(earned.cancel(1000)).isEqualTo(new EarnedPoints.Plan(300, 0, 700));
    }

    @Test
    void points_that_expired_unspent_are_counted_before_anything_is_taken_from_other_points() {
        EarnedPoints earned = new EarnedPoints(1000, 0, 600, 0);

        assertThat(earned.cancel(500)).isEqualTo(new EarnedPoints.Plan(0, 500, 0));
        assertThat(earned.cancel(1000)).isEqualTo(new EarnedPoints.Plan(0, 600, 400));
    }

    @Test
    void earlier_partial_cancellations_lower_what_can_still_be_cancelled() {
        EarnedPoints earned = new EarnedPoints(1000, 200, 0, 800);

        assertThat(earned.cancellable()).isEqualTo(200);
        assertThatThrownBy(() -> earned.cancel(201)).isInstanceOf(IllegalStateException.class);
    }
}
