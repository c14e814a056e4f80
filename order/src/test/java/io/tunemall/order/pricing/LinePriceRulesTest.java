package io.tunemall.order.pricing;

import static io.tunemall.order.pricing.Variants.NOW;
import static io.tunemall.order.pricing.Variants.request;
import static io.tunemall.order.pricing.Variants.variant;
import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.catalog.api.Pricing;
import io.tunemall.sdk.Money;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LinePriceRulesTest {

    PriceSheet linePrices(PricingItem item) {
        PriceSheet sheet = new PriceSheet(request(null, item));
        new ListPriceRule().apply(sheet);
        new TimedSaleRule().apply(sheet);
        new OptionPriceRule().apply(sheet);
        return sheet;
    }

    @Test
    void a_line_costs_the_regular_price_against_the_list_price() {
        SheetLine line = linePrices(new PricingItem(variant(1, 19_900, 25_000), 2)).sheetLines().get(0);

        assertThat(line.listUnitPrice()).isEqualTo(Money.won(25_000));
        assertThat(line.unitPrice()).isEqualTo(Money.won(19_900));
        assertThat(line.amount()).isEqualTo(Money.won(39_800));
        assertThat(line.onSale()).isFalse();
    }

    @Test
    void a_running_timed_sale_gives_its_price_and_one_that_ended_does_not() {
        Pricing running = new Pricing(Money.won(30_000), Money.won(40_000), Money.won(21_000), NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofHours(1)));
        Pricing ended = new Pricing(Money.won(30_000), Money.won(40_000), Money.won(21_000), NOW.minus(Duration.ofDays(2)),
                NOW);

        SheetLine onSale = linePrices(new PricingItem(variant(1, running, 0), 1)).sheetLines().get(0);
        SheetLine over = linePrices(new PricingItem(variant(2, ended, 0), 1)).sheetLines().get(0);

        assertThat(onSale.unitPrice()).isEqualTo(Money.won(21_000));
        assertThat(onSale.onSale()).isTrue();
        assertThat(over.unitPrice()).as("the end of a sale is exclusive").isEqualTo(Money.won(30_000));
        assertThat(over.onSale()).isFalse();
    }

    @Test
    void an_option_adds_its_difference_to_the_sale_and_the_list_price() {
        Pricing sale = new Pricing(Money.won(30_000), Money.won(40_000), Money.won(21_000), null, null);

        SheetLine line = linePrices(new PricingItem(variant(1, sale, 3_000), 3)).sheetLines().get(0);

        assertThat(line.optionPrice()).isEqualTo(Money.won(3_000));
        assertThat(line.unitPrice()).isEqualTo(Money.won(24_000));
        assertThat(line.listUnitPrice()).isEqualTo(Money.won(43_000));
        assertThat(line.amount()).isEqualTo(Money.won(72_000));
    }

    @Test
    void the_breakdown_shows_the_list_amount_and_the_sale_discount() {
        Pricing sale = new Pricing(Money.won(30_000), Money.won(40_000), Money.won(21_000), null, null);
        PriceSheet sheet = linePrices(new PricingItem(variant(1, sale, 3_000), 2));

        assertThat(sheet.breakdown().listAmount()).isEqualTo(Money.won(86_000));
        assertThat(sheet.breakdown().saleDiscount()).isEqualTo(Money.won(38_000));
        assertThat(sheet.breakdown().itemsAmount()).isEqualTo(Money.won(48_000));
        assertThat(sheet.breakdown().addsUp()).isTrue();
    }
}
