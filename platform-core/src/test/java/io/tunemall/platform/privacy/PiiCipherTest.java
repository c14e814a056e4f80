package io.tunemall.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PiiCipherTest {

    static final String KEY_1 = Base64.getEncoder().encodeToString(new byte[32]);
    static final String KEY_2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String INDEX_KEY = Base64.getEncoder().encodeToString("blind-index-key-of-32-bytes-long".getBytes());

    static PiiCipher cipher(String active, Map<String, String> keys) {
        return new PiiCipher(new PiiKeys(keys, active, INDEX_KEY));
    }

    @Test
    void a_value_is_stored_with_the_active_key_id_and_reads_back() {
        PiiCipher cipher = cipher("k1", Map.of("k1", KEY_1));

        String stored = cipher.encrypt("홍길동");

        assertThat(stored).startsWith("k1:").doesNotContain("홍길동");
        assertThat(cipher.decrypt(stored)).isEqualTo("홍길동");
        assertThat(cipher.encrypt("홍길동")).as("a fresh IV every time").isNotEqualTo(stored);
    }

    @Test
    void after_a_rotation_new_values_use_the_new_key_and_old_values_still_decrypt() {
        String old = cipher("k1", Map.of("k1", KEY_1)).encrypt("kim@example.com");
        PiiCipher rotated = cipher("k2", Map.of("k1", KEY_1, "k2", KEY_2));

        assertThat(rotated.encrypt("kim@example.com")).startsWith("k2:");
        assertThat(rotated.decrypt(old)).isEqualTo("kim@example.com");
        assertThat(rotated.isCurrent(old)).isFalse();
    }

    @Test
    void a_value_under_a_key_that_was_removed_fails_loudly() {
        String old = cipher("k1", Map.of("k1", KEY_1)).encrypt("kim@example.com");

        assertThatThrownBy(() -> cipher("k2", Map.of("k2", KEY_2)).decrypt(old))
                .hasMessageContaining("key 'k1', which is not configured");
    }

    @Test
    void a_value_altered_in_the_database_does_not_decrypt() {
        PiiCipher cipher = cipher("k1", Map.of("k1", KEY_1));
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt("010-1234-5678").substring(3));
        raw[raw.length - 20] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt("k1:" + Base64.getEncoder().encodeToString(raw)))
                .hasMessageContaining("failed authentication").hasMessageNotContaining("010");
    }

    @Test
    void keys_of_the_wrong_length_or_an_unknown_active_key_are_refused_at_start() {
        assertThatThrownBy(() -> cipher("k1", Map.of("k1", Base64.getEncoder().encodeToString(new byte[16]))))
                .hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> cipher("k9", Map.of("k1", KEY_1))).hasMessageContaining("active-key is 'k9'");
        assertThatThrownBy(() -> cipher("k_1", Map.of("k_1", KEY_1))).hasMessageContaining("letters, digits or '-'");
    }

    @Test
    void the_blind_index_matches_differently_written_forms_of_the_same_email_and_phone() {
        BlindIndex index = new BlindIndex(new PiiKeys(Map.of("k1", KEY_1), "k1", INDEX_KEY));

        assertThat(index.email(" Kim@Example.COM ")).isEqualTo(index.email("kim@example.com")).hasSize(64);
        assertThat(index.phone("010-1234-5678")).isEqualTo(index.phone("01012345678"))
                .isEqualTo(index.phone("+82 10 1234 5678"));
        assertThat(index.email("kim@example.com")).isNotEqualTo(index.email("lee@example.com"));
        assertThat(index.phone("")).isNull();
    }
}
