package io.tunemall.order.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.platform.PlatformProperties;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataCipherTest {

    static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @TempDir
    Path dataDir;

    PersonalDataCipher cipher(Map<String, String> keys, String current) {
        return new PersonalDataCipher(new PersonalDataProperties(keys, current),
                new PlatformProperties(ZoneId.of("Asia/Seoul"), dataDir, false, null));
    }

    @Test
    void a_value_is_stored_encrypted_with_its_key_id_and_reads_back() {
        PersonalDataCipher cipher = cipher(Map.of("a", KEY_A), "a");

        String sealed = cipher.seal("서울특별시 중구 세종대로 110");

        assertThat(sealed).startsWith("a:").doesNotContain("세종대로");
        assertThat(cipher.seal("서울특별시 중구 세종대로 110")).as("a fresh nonce every time").isNotEqualTo(sealed);
        assertThat(cipher.open(sealed)).isEqualTo("서울특별시 중구 세종대로 110");
        assertThat(cipher.seal(null)).isNull();
    }

    @Test
    void after_a_rotation_old_values_still_read_and_new_ones_use_the_new_key() {
        String old = cipher(Map.of("a", KEY_A), "a").seal("010-1234-5678");

        PersonalDataCipher rotated = cipher(Map.of("a", KEY_A, "b", KEY_B), "b");

        assertThat(rotated.open(old)).isEqualTo("010-1234-5678");
        assertThat(rotated.seal("x")).startsWith("b:");
    }

    @Test
    void a_tampered_value_or_an_unknown_key_is_refused() {
        PersonalDataCipher cipher = cipher(Map.of("a", KEY_A), "a");
        String sealed = cipher.seal("홍길동");
        byte[] stored = Base64.getDecoder().decode(sealed.substring(2));
        stored[stored.length / 2] ^= 1;
        String tampered = "a:" + Base64.getEncoder().encodeToString(stored);

        assertThatThrownBy(() -> cipher.open(tampered)).hasMessageContaining("could not be decrypted");
        assertThatThrownBy(() -> cipher(Map.of("b", KEY_B), "b").open(sealed)).hasMessageContaining("key a");
    }

    @Test
    void without_configured_keys_a_node_generates_one_in_its_data_directory_and_keeps_it() {
        String sealed = cipher(Map.of(), null).seal("홍길동");

        assertThat(dataDir.resolve("keys/personal-data.properties")).exists();
        assertThat(cipher(Map.of(), "").open(sealed)).isEqualTo("홍길동");
    }
}
