package io.tunemall.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.sdk.field.CustomField;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.field.InvalidFieldValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CustomFieldTest {

    static final Locale KO = Locale.KOREAN;

    @Test
    void text_is_trimmed_bounded_and_matched() {
        CustomField origin = CustomField.text(EntityType.PRODUCT, "origin", "원산지", "Origin").required().maxLength(5)
                .pattern("[가-힣]+");

        assertThat(origin.parse("  국내산 ", KO)).isEqualTo("국내산");
        assertThatThrownBy(() -> origin.parse("", KO)).isInstanceOf(InvalidFieldValue.class).hasMessage("값을 입력하세요.");
        assertThatThrownBy(() -> origin.parse("대한민국국내산", Locale.ENGLISH)).hasMessage("Use at most 5 characters.");
        assertThatThrownBy(() -> origin.parse("Korea", KO)).hasMessage("형식이 맞지 않습니다.");
    }

    @Test
    void numbers_dates_choices_and_flags_are_typed() {
        CustomField abv = CustomField.number(EntityType.PRODUCT, "abv", "도수", "ABV").min("0").max("100");
        CustomField packed = CustomField.date(EntityType.PRODUCT, "packed", "포장일", "Packed on");
        CustomField slot = CustomField.choice(EntityType.ORDER, "slot", "시간대", "Slot", List.of("오전", "오후"));
        CustomField employee = CustomField.flag(EntityType.MEMBER, "employee", "임직원", "Employee");

        assertThat(abv.parse("12.5", KO)).isEqualTo(new BigDecimal("12.5"));
        assertThat(CustomField.number(EntityType.PRODUCT, "n", "n", "n").parse("1,234.5", KO)).isEqualTo(new BigDecimal("1234.5"));
        assertThat(abv.parse("", KO)).isNull();
        assertThatThrownBy(() -> abv.parse("101", KO)).hasMessage("100 이하여야 합니다.");
        assertThatThrownBy(() -> abv.parse("a lot", KO)).hasMessage("숫자를 입력하세요.");
        assertThat(packed.parse("2026-11-23", KO)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> packed.parse("23.11.2026", KO)).hasMessageContaining("YYYY-MM-DD");
        assertThat(slot.parse("오후", KO)).isEqualTo("오후");
        assertThatThrownBy(() -> slot.parse("밤", KO)).hasMessage("목록에 있는 값을 고르세요.");
        assertThat(employee.parse("on", KO)).isEqualTo(true);
        assertThat(employee.parse(null, KO)).isEqualTo(false);
    }

    @Test
    void a_module_setting_a_value_of_the_wrong_type_is_told_so() {
        CustomField abv = CustomField.number(EntityType.PRODUCT, "abv", "도수", "ABV").max("100");

        assertThat(abv.check(new BigDecimal("12.5"), KO)).isEqualTo(new BigDecimal("12.5"));
        assertThatThrownBy(() -> abv.check("12.5", KO)).hasMessageContaining("holds BigDecimal, not String");
        assertThatThrownBy(() -> abv.check(new BigDecimal("120"), KO)).hasMessage("100 이하여야 합니다.");
    }

    @Test
    void declarations_that_cannot_work_are_refused() {
        assertThatThrownBy(() -> CustomField.text(EntityType.PRODUCT, "Origin", "원산지", "Origin"))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> CustomField.choice(EntityType.ORDER, "slot", "시간대", "Slot", List.of()))
                .hasMessageContaining("no options");
        assertThatThrownBy(() -> CustomField.number(EntityType.PRODUCT, "n", "n", "n").min("5").max("1"))
                .hasMessageContaining("minimum above its maximum");
    }
}
