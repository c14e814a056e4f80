package io.tunemall.member.benefit.giftcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class GiftCardCodeTest {

    final SecureRandom random = new SecureRandom();

    @RepeatedTest(20)
    void a_new_code_is_sixteen_characters_in_four_groups_and_reads_back_as_typed_sloppily() {
        GiftCardCode code = GiftCardCode.random(random);

        assertThat(code.printed()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(GiftCardCode.parse(code.printed())).contains(code);
        assertThat(GiftCardCode.parse(" " + code.value().toLowerCase().replace("0", "o").replace("1", "l") + " "))
                .contains(code);
        assertThat(GiftCardCode.parse(code.printed().replace("-", " "))).contains(code);
    }

    @Test
    void every_single_mistyped_character_is_caught() {
        for (int round = 0; round < 200; round++) {
            GiftCardCode code = GiftCardCode.random(random);
            for (int position = 0; position < GiftCardCode.LENGTH; position++) {
                for (char other : GiftCardCode.ALPHABET.toCharArray()) {
                    if (other == code.value().charAt(position)) {
                        continue;
                    }
                    String typo = code.value().substring(0, position) + other + code.value().substring(position + 1);
                    assertThat(GiftCardCode.parse(typo)).as(typo).isEmpty();
                }
            }
        }
    }

    @Test
    void swapped_neighbours_are_caught_unless_they_are_0_and_z() {
        for (int round = 0; round < 500; round++) {
            GiftCardCode code = GiftCardCode.random(random);
            String value = code.value();
            for (int i = 0; i < GiftCardCode.LENGTH - 1; i++) {
                char a = value.charAt(i);
                char b = value.charAt(i + 1);
                if (a == b) {
                    continue;
                }
                String swapped = value.substring(0, i) + b + a + value.substring(i + 2);
                if (GiftCardCode.parse(swapped).isPresent()) {
                    // Luhn mod 32 misses exactly this swap (the alphabet's first and last); how often it turns up
                    // depends on the random codes, so only its kind is checked.
                    assertThat(Set.of(a, b)).as(swapped).containsExactlyInAnyOrder('0', 'Z');
                }
            }
        }
    }

    @Test
    void wrong_lengths_and_foreign_characters_are_no_code() {
        GiftCardCode code = GiftCardCode.random(random);

        assertThat(GiftCardCode.parse(code.value().substring(1))).isEmpty();
        assertThat(GiftCardCode.parse(code.value() + "0")).isEmpty();
        assertThat(GiftCardCode.parse(code.value().substring(0, 15) + "U")).isEmpty();
        assertThat(GiftCardCode.parse("상품권-1234-5678-9ABC")).isEmpty();
        assertThat(GiftCardCode.parse(null)).isEmpty();
    }

    @Test
    void codes_do_not_repeat_and_only_a_hash_and_the_last_four_identify_them() {
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            GiftCardCode code = GiftCardCode.random(random);
            assertThat(hashes.add(code.hash())).isTrue();
            assertThat(code.hash()).hasSize(64).doesNotContain(code.value());
            assertThat(code.lastFour()).isEqualTo(code.value().substring(12));
            assertThat(code.toString()).doesNotContain(code.value());
        }
    }
}
