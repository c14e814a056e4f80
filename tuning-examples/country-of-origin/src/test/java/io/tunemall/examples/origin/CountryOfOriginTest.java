package io.tunemall.examples.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.field.InvalidFieldValue;
import io.tunemall.sdk.view.Slots;
import io.tunemall.tuning.testkit.FakeCustomFieldValues;
import io.tunemall.tuning.testkit.ModuleHarness;
import io.tunemall.tuning.testkit.TestSlot;
import io.tunemall.tuning.testkit.TuningModuleRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountryOfOriginTest {

    final ModuleHarness module = ModuleHarness.of(new CountryOfOrigin());
    final FakeCustomFieldValues fields = new FakeCustomFieldValues(new CountryOfOrigin().customFields());

    List<Map<String, Object>> filled(String slot, String productId) {
        return module.chain(Slots.point(slot)).collect(fill -> fill.model(TestSlot.of(slot).entityId(productId)
                .fields(fields.of(EntityType.PRODUCT, productId))));
    }

    @Test
    void a_product_with_an_origin_shows_it_below_the_price_and_on_its_card() {
        fields.set(EntityType.PRODUCT, "7", "origin", "국내산");

        assertThat(filled(Slots.PRODUCT_DETAIL_SUMMARY, "7")).containsExactly(Map.of("origin", "국내산"));
        assertThat(filled(Slots.LISTING_CARD, "7")).containsExactly(Map.of("origin", "국내산"));
    }

    @Test
    void a_product_without_one_shows_nothing() {
        assertThat(filled(Slots.PRODUCT_DETAIL_SUMMARY, "8")).isEmpty();
        assertThat(module.report(Slots.point(Slots.PRODUCT_DETAIL_SUMMARY))).singleElement()
                .satisfies(hook -> assertThat(hook.failures()).isZero());
    }

    @Test
    void the_field_refuses_markup_and_long_values() {
        assertThatThrownBy(() -> fields.set(EntityType.PRODUCT, "7", "origin", "<b>중국</b>")).isInstanceOf(InvalidFieldValue.class);
        assertThatThrownBy(() -> fields.set(EntityType.PRODUCT, "7", "origin", "가".repeat(41))).isInstanceOf(InvalidFieldValue.class);
    }

    @Test
    void the_module_uses_only_the_sdk() {
        TuningModuleRules.usesOnlyTheSdk("io.tunemall.examples.origin").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.tunemall.examples.origin"));
    }
}
