package io.tunemall.platform.security.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 seed of RFC 6238 Appendix B: "12345678901234567890". */
    static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codes_match_the_test_vectors_of_rfc_6238_cut_to_six_digits() {
        // Appendix B lists 8-digit values; the 6-digit code is their last six digits.
        assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(1111111111)))).isEqualTo("050471");
        assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
        assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(20000000000L)))).isEqualTo("353130");
    }

    @Test
    void a_code_of_the_previous_or_next_step_is_accepted_but_not_one_two_steps_away() {
        Instant now = Instant.ofEpochSecond(1_700_000_000);
        long step = Totp.stepAt(now);

        assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step - 1), now, 1)).hasValue(step - 1);
        assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step + 1), now, 1)).hasValue(step + 1);
        assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step - 2), now, 1)).isEmpty();
        assertThat(Totp.match(RFC_SEED, "12345", now, 1)).isEmpty();
        assertThat(Totp.match(RFC_SEED, "abcdef", now, 1)).isEmpty();
        assertThat(Totp.match(RFC_SEED, null, now, 1)).isEmpty();
    }

    @Test
    void base32_round_trips_and_reads_the_rfc_4648_examples() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Base32.decode("mzxw 6ytb-oi=="), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        byte[] secret = Totp.newSecret(new SecureRandom());
        assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
        assertThat(Base32.encode(secret)).hasSize(32);
    }

    @Test
    void the_key_uri_carries_issuer_account_and_secret_as_authenticator_apps_expect() {
        assertThat(Totp.uri("Tunemall 샵", "kim", RFC_SEED)).isEqualTo("otpauth://totp/Tunemall%20%EC%83%B5:kim?secret="
                + "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Tunemall%20%EC%83%B5&algorithm=SHA1&digits=6&period=30");
    }
}
