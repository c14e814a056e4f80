package io.tunemall.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.catalog.api.Pricing;
import io.tunemall.catalog.api.PriceRange;
import io.tunemall.catalog.product.Product;
import io.tunemall.sdk.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sale price rule lives in three places: the product (admin, orders), the cached {@link Pricing} (storefront
 * rendering) and the listing SQL (sorting and filtering, proven against MariaDB by CategoryListingTest). The first two
 * must agree at every moment around a sale's start and end.
 */
class PricingRuleTest {

    static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant END = START.plus(Duration.ofDays(3));
    static final List<Instant> MOMENTS = List.of(START.minusNanos(1000), START, START.plusSeconds(1), END.minusNanos(1000),
            END, END.plusSeconds(1));

    @Test
    void the_cached_pricing_resolves_a_sale_exactly_as_the_product_does() {
        for (Instant[] window : Arrays.asList(new Instant[] {START, END}, new Instant[] {null, END},
                new Instant[] {START, null}, new Instant[] {null, null})) {
            Product product = new Product(1, "코트", "coat", null, Money.won(100_000), Money.won(120_000), START);
            product.putOnSale(Money.won(70_000), window[0], window[1]);
            Pricing pricing = new Pricing(Money.won(100_000), Money.won(120_000), Money.won(70_000), window[0], window[1]);

            for (Instant moment : MOMENTS) {
                assertThat(pricing.priceAt(moment)).as("%s in %s..%s", moment, window[0], window[1])
                        .isEqualTo(product.priceAt(moment));
            }
        }
    }

    @Test
    void a_sale_starts_inclusive_and_ends_exclusive_and_shows_its_discount_and_end_only_while_running() {
        Pricing pricing = new Pricing(Money.won(100_000), Money.won(120_000), Money.won(60_000), START, END);

        assertThat(pricing.priceAt(START.minusSeconds(1))).isEqualTo(Money.won(100_000));
        assertThat(pricing.discountPercentAt(START.minusSeconds(1))).isEqualTo(16);
        assertThat(pricing.saleEndAt(START.minusSeconds(1))).isNull();
        assertThat(pricing.priceAt(START)).isEqualTo(Money.won(60_000));
        assertThat(pricing.discountPercentAt(START)).isEqualTo(50);
        assertThat(pricing.saleEndAt(START)).isEqualTo(END);
        assertThat(pricing.priceAt(END)).isEqualTo(Money.won(100_000));
        assertThat(Pricing.regular(Money.won(5_000), Money.won(5_000)).discountPercentAt(START)).isZero();
    }

    @Test
    void price_bands_read_from_and_back_to_their_url_form() {
        assertThat(PriceRange.fromParam("30000-50000")).hasValue(new PriceRange(Money.won(30_000), Money.won(50_000)));
        assertThat(PriceRange.fromParam("-10000")).hasValue(new PriceRange(null, Money.won(10_000)));
        assertThat(PriceRange.fromParam("200000-").orElseThrow().param()).isEqualTo("200000-");
        assertThat(PriceRange.fromParam("50000-30000")).isEmpty();
        assertThat(PriceRange.fromParam("-")).isEmpty();
        assertThat(PriceRange.fromParam("cheap")).isEmpty();
        assertThat(new PriceRange(Money.won(10_000), Money.won(30_000)).contains(Money.won(30_000))).isFalse();
    }
}
