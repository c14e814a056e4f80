package io.tunemall.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void adds_and_multiplies_whole_won() {
        assertThat(Money.won(12_900).times(3).plus(Money.won(3_000))).isEqualTo(Money.won(41_700));
    }

    @Test
    void a_percentage_rounds_down_so_the_shop_never_gives_away_a_fraction() {
        assertThat(Money.won(12_345).percent(1_000)).isEqualTo(Money.won(1_234));
        assertThat(Money.won(999).percent(50)).isEqualTo(Money.won(4));
    }

    @Test
    void rounding_down_to_ten_won_drops_the_last_digit() {
        assertThat(Money.won(12_349).roundedDownTo(10)).isEqualTo(Money.won(12_340));
        assertThat(Money.won(12_349).roundedDownTo(100)).isEqualTo(Money.won(12_300));
    }

    @Test
    void money_never_goes_negative() {
        assertThatThrownBy(() -> Money.won(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.won(1_000).minus(Money.won(1_001))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.won(1_000).minusAtMostToZero(Money.won(5_000))).isEqualTo(Money.ZERO);
    }

    @Test
    void overflow_is_an_error_not_a_wrap_around() {
        assertThatThrownBy(() -> Money.won(Long.MAX_VALUE).plus(Money.won(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.won(Long.MAX_VALUE / 2).times(3)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void formats_for_korean_and_english_shoppers() {
        assertThat(Money.won(1_234_500).format(Locale.KOREAN)).isEqualTo("1,234,500원");
        assertThat(Money.won(1_234_500).format(Locale.ENGLISH)).isEqualTo("₩1,234,500");
    }
}
