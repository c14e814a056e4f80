package io.tunemall.member.benefit;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code tunemall.benefits.*}; each default is documented in application.yml.
 *
 * @param grades nightly re-grading
 * @param points point validity and expiry
 * @param giftCards gift card issuing and use
 */
@ConfigurationProperties("tunemall.benefits")
public record BenefitsProperties(@DefaultValue Grades grades, @DefaultValue Points points,
        @DefaultValue GiftCards giftCards) {

    /**
     * @param regradeCron when the nightly re-grading runs, in the shop's zone
     * @param window how far back paid orders count
     * @param batchSize members re-graded per transaction
     */
    public record Grades(@DefaultValue("0 30 3 * * *") String regradeCron, @DefaultValue("P12M") Period window,
            @DefaultValue("1000") int batchSize) {
    }

    /**
     * @param expireCron when entries past their date are expired, in the shop's zone
     * @param defaultValidity validity of points staff add without naming a date
     * @param reissueValidity validity of points given back after their original entry expired
     * @param expiringSoon the window a balance reports as "expiring soon"
     * @param expiryBatchSize members handled per transaction by the expiry job
     */
    public record Points(@DefaultValue("0 10 0 * * *") String expireCron, @DefaultValue("P1Y") Period defaultValidity,
            @DefaultValue("P30D") Period reissueValidity, @DefaultValue("P30D") Period expiringSoon,
            @DefaultValue("200") int expiryBatchSize) {
    }

    /**
     * @param pointValidity validity of the points a card redeemed into points gives
     * @param hold how long a checkout holds a card before others may use it
     * @param maxBatchSize the most cards one batch may have
     */
    public record GiftCards(@DefaultValue("P5Y") Period pointValidity, @DefaultValue("PT30M") Duration hold,
            @DefaultValue("10000") int maxBatchSize) {
    }
}
