package io.tunemall.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class AuditPropertiesTest {

    @Test
    void a_retention_shorter_than_two_years_is_refused() {
        assertThatThrownBy(() -> new AuditProperties(Period.ofDays(729), "0 0 3 * * *", true))
                .hasMessageContaining("at least P2Y");
        assertThatThrownBy(() -> new AuditProperties(Period.ofMonths(23), "0 0 3 * * *", true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AuditProperties(Period.ofYears(2), "0 0 3 * * *", true).retention()).isEqualTo(Period.ofYears(2));
        assertThat(new AuditProperties(Period.ofYears(5), "0 0 3 * * *", true).retention()).isEqualTo(Period.ofYears(5));
    }

    @Test
    void the_row_hash_covers_every_field_and_the_previous_hash() {
        Instant at = Instant.parse("2026-01-02T03:04:05.123456Z");
        String hash = AuditChain.hash(AuditChain.GENESIS, 1, at, "admin", "OWNER", "a", "t", "1", "s", "{}", "ip", "r");

        assertThat(hash).hasSize(64).isEqualTo(
                AuditChain.hash(AuditChain.GENESIS, 1, at, "admin", "OWNER", "a", "t", "1", "s", "{}", "ip", "r"));
        assertThat(AuditChain.hash("f".repeat(64), 1, at, "admin", "OWNER", "a", "t", "1", "s", "{}", "ip", "r")).isNotEqualTo(hash);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, at, "admin", "OWNER", "a", "t", "1", "s", "{}", "ip", "R")).isNotEqualTo(hash);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, at.plusNanos(1000), "admin", "OWNER", "a", "t", "1", "s", "{}", "ip", "r"))
                .isNotEqualTo(hash);
        // Moving text from one field into the next must not give the same input.
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, at, "admi", "nOWNER", "a", "t", "1", "s", "{}", "ip", "r"))
                .isNotEqualTo(hash);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, at, "admin", null, "a", "t", "1", "s", "{}", "ip", "r"))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, at, "admin", "", "a", "t", "1", "s", "{}", "ip", "r"));
    }
}
