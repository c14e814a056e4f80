package io.tunemall.order.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

class PointEarnTermsTest {

    @Test
    void a_grade_that_earns_keeps_its_rate_and_one_that_earns_nothing_takes_the_shops() {
        PointEarnTerms terms = new PointEarnTerms(50, Period.ofYears(1));

        assertThat(terms.rateFor(300)).isEqualTo(300);
        assertThat(terms.rateFor(0)).isEqualTo(50);
    }

    @Test
    void a_shop_without_a_default_rate_earns_nothing_for_such_grades() {
        assertThat(new PointEarnTerms(0, Period.ofYears(1)).rateFor(0)).isZero();
    }

    @Test
    void a_rate_outside_0_to_100_percent_is_refused_at_startup() {
        assertThatThrownBy(() -> new PointEarnTerms(10_001, Period.ofYears(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("default-rate-bps");
    }
}
