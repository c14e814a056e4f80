package io.tunemall.examples.origin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.catalog.CatalogPoints;
import io.tunemall.sdk.catalog.ContentBlock;
import io.tunemall.sdk.catalog.ProductView;
import io.tunemall.tuning.testkit.ModuleHarness;
import io.tunemall.tuning.testkit.TuningModuleRules;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryOfOriginTest {

    final ModuleHarness module = ModuleHarness.of(new CountryOfOrigin());

    List<ContentBlock> blocks(Locale locale, String... tags) {
        ProductView product = new ProductView(1, "kimchi", "배추김치", null, 1, Money.won(9_900), Money.won(9_900), false,
                List.of(tags));
        return module.chain(CatalogPoints.PRODUCT_DETAIL).collect(c -> c.contribute(product, locale)).stream()
                .flatMap(List::stream).toList();
    }

    @Test
    void a_product_tagged_with_its_origin_shows_it_in_the_shoppers_language() {
        assertThat(blocks(Locale.KOREAN, "김치", "origin:국내산")).singleElement()
                .satisfies(block -> assertThat(block.heading()).isEqualTo("원산지"))
                .satisfies(block -> assertThat(block.html()).isEqualTo("<p class=\"origin\">국내산</p>"));
        assertThat(blocks(Locale.ENGLISH, "origin:Korea")).singleElement()
                .satisfies(block -> assertThat(block.heading()).isEqualTo("Country of origin"));
    }

    @Test
    void no_origin_no_block_and_markup_in_an_origin_is_escaped() {
        assertThat(blocks(Locale.KOREAN, "김치")).isEmpty();
        assertThat(blocks(Locale.KOREAN, "origin:")).isEmpty();
        assertThat(blocks(Locale.KOREAN, "origin:<b>중국</b>").get(0).html()).contains("&lt;b&gt;중국&lt;/b&gt;");
    }

    @Test
    void the_module_uses_only_the_sdk() {
        TuningModuleRules.usesOnlyTheSdk("io.tunemall.examples.origin").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.tunemall.examples.origin"));
    }
}
