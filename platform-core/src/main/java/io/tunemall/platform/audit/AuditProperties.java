package io.tunemall.platform.audit;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tunemall.audit} (defaults documented in application.yml).
 *
 * @param retention how long audit records are kept; the purge removes only older ones. Korea's 개인정보의 안전성
 *     확보조치 기준 (art. 8) asks access records of personal data handlers to be kept at least two years, so a shorter
 *     setting stops the start instead of silently deleting records the law requires.
 * @param purgeCron when the purge runs, in the shop's time zone (one node at a time)
 * @param purge whether the application purges at all; off where the database account may only insert into the
 *     audit log and a database administrator purges instead (docs/operations.md)
 */
@ConfigurationProperties("tunemall.audit")
public record AuditProperties(@DefaultValue("P2Y") Period retention, @DefaultValue("0 40 3 * * *") String purgeCron,
        @DefaultValue("true") boolean purge) {

    public static final Period LEGAL_MINIMUM = Period.ofYears(2);

    public AuditProperties {
        LocalDate reference = LocalDate.of(2000, 1, 1);
        if (retention.isNegative() || reference.plus(retention).isBefore(reference.plus(LEGAL_MINIMUM))) {
            throw new IllegalArgumentException("tunemall.audit.retention is " + retention
                    + ", but audit records must be kept at least " + LEGAL_MINIMUM + " (2 years)");
        }
    }
}
