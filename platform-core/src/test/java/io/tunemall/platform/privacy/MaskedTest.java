package io.tunemall.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskedTest {

    @Test
    void names_keep_their_first_and_last_character() {
        assertThat(Masked.name("홍길동")).isEqualTo("홍*동");
        assertThat(Masked.name("남궁민수")).isEqualTo("남**수");
        assertThat(Masked.name("이산")).isEqualTo("이*");
        assertThat(Masked.name("John Smith")).isEqualTo("J*** ****h");
    }

    @Test
    void emails_keep_two_characters_and_the_domain() {
        assertThat(Masked.email("abcdef@example.com")).isEqualTo("ab***@example.com");
        assertThat(Masked.email("a@example.com")).isEqualTo("a***@example.com");
    }

    @Test
    void phones_keep_the_prefix_and_the_last_four_digits() {
        assertThat(Masked.phone("010-1234-5678")).isEqualTo("010-****-5678");
        assertThat(Masked.phone("01012345678")).isEqualTo("010-****-5678");
        assertThat(Masked.phone("02-123-4567")).isEqualTo("02-****-4567");
    }

    @Test
    void addresses_keep_the_city_and_district() {
        assertThat(Masked.address("서울특별시 강남구 테헤란로 123")).isEqualTo("서울특별시 강남구 ***");
    }
}
