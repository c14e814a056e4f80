package io.tunemall.order.benefit;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How confirmed purchases earn points, under {@code tunemall.order.points}; defaults documented in application.yml.
 *
 * @param defaultRateBps the shop's rate in basis points (100 = 1 %) for members whose grade earns nothing
 * @param validity how long earned points stay valid, counted in days of the shop's zone from the confirmation
 */
@ConfigurationProperties("tunemall.order.points")
record PointEarnTerms(@DefaultValue("0") int defaultRateBps, @DefaultValue("P1Y") Period validity) {

    PointEarnTerms {
        if (defaultRateBps < 0 || defaultRateBps > 10_000) {
            throw new IllegalArgumentException("tunemall.order.points.default-rate-bps is between 0 and 10000: "
                    + defaultRateBps);
        }
    }

    /** The grade's rate when it earns anything, else the shop's. */
    int rateFor(int gradeRateBps) {
        return gradeRateBps > 0 ? gradeRateBps : defaultRateBps;
    }
}
