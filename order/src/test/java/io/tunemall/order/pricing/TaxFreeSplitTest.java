package io.tunemall.order.pricing;

import static io.tunemall.order.pricing.BenefitRulesTest.MEMBER;
import static io.tunemall.order.pricing.BenefitRulesTest.fixed;
import static io.tunemall.order.pricing.BenefitRulesTest.holding;
import static io.tunemall.order.pricing.BenefitRulesTest.priced;
import static io.tunemall.order.pricing.Variants.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.catalog.api.Pricing;
import io.tunemall.catalog.api.Purchasable;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.PriceBreakdown;
import io.tunemall.order.order.CancelOutcome;
import io.tunemall.order.order.LineSnapshot;
import io.tunemall.order.order.Order;
import io.tunemall.order.order.SealedParties;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.shipping.ShippingFee;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tax-free (면세) part of an order: its tax-free lines after their shares of the discounts and points, shipping
 * taxable; the order's refunds give it back line by line, and the last one takes what is left of it.
 */
class TaxFreeSplitTest {

    static Purchasable variant(long id, long price, boolean taxFree) {
        return new Purchasable(id, "SKU-" + id, 100 + id, "상품 " + id, "product-" + id, "", 7, null,
                Pricing.regular(Money.won(price), Money.won(price)), Money.ZERO, 50, SaleStatus.ON_SALE, null, taxFree);
    }

    /** Priced lines with a fixed coupon over all of them, then the shipping fee and the points, as the pipeline runs. */
    static PriceSheet order(long coupon, long shipping, long points, Purchasable... variants) {
        List<PricingItem> items = List.of(variants).stream().map(v -> new PricingItem(v, 1)).toList();
        PriceSheet sheet = priced(MEMBER, "C", 0, items,
                new CouponDiscountRule(holding(fixed("C", coupon, 0))));
        sheet.ship(new ShippingFee(Money.won(shipping), Money.ZERO, null));
        sheet.usePoints(Money.won(points));
        return sheet;
    }

    @Test
    void a_mixed_order_charges_its_tax_free_line_after_its_shares_and_keeps_shipping_taxable() {
        // 30,000 taxable + 20,000 tax-free, a 5,000 coupon, 3,000 shipping, 4,800 points: charged 43,200.
        PriceSheet sheet = order(5_000, 3_000, 4_800, variant(1, 30_000, false), variant(2, 20_000, true));

        PriceBreakdown breakdown = sheet.breakdown();

        assertThat(breakdown.finalAmount()).isEqualTo(Money.won(43_200));
        // The coupon is shared 3,000 / 2,000 by price; the points 2,700 / 1,800 / (shipping) 300 by what is left.
        assertThat(sheet.shares()).containsExactly(new LineShares(Money.won(3_000), Money.won(2_700)),
                new LineShares(Money.won(2_000), Money.won(1_800)));
        assertThat(breakdown.taxFreeAmount()).isEqualTo(Money.won(16_200));
        assertThat(breakdown.taxableAmount()).as("24,300 of goods and 2,700 of shipping").isEqualTo(Money.won(27_000));
        // 27,000 / 11 = 2,454.5…: supply value 24,545 (rounded half up), VAT the rest.
        assertThat(breakdown.vat()).isEqualTo(Money.won(2_455));
    }

    @Test
    void rounding_remainders_stay_with_the_taxable_part_so_tax_free_lines_give_back_exactly_their_part() {
        // A 1,000 coupon over three 10,000 lines: 333 each, the won left over stays with the order.
        PriceSheet sheet = order(1_000, 0, 0, variant(1, 10_000, false), variant(2, 10_000, true),
                variant(3, 10_000, true));

        assertThat(sheet.finalAmount()).isEqualTo(Money.won(29_000));
        assertThat(sheet.taxFreeAmount()).isEqualTo(Money.won(2 * 9_667));
        assertThat(sheet.breakdown().taxableAmount()).isEqualTo(Money.won(9_666));
        assertThat(sheet.breakdown().vat()).isEqualTo(Money.won(879));
    }

    @Test
    void an_order_of_tax_free_lines_only_is_tax_free_to_the_won_charged_and_never_more() {
        PriceSheet sheet = order(1_000, 0, 0, variant(1, 10_000, true), variant(2, 10_000, true),
                variant(3, 10_000, true));

        assertThat(sheet.taxFreeAmount()).as("the lines' 29,001 cut to what is charged").isEqualTo(Money.won(29_000));
        assertThat(sheet.breakdown().vat()).isEqualTo(Money.ZERO);
    }

    @Test
    void an_all_taxable_order_has_no_tax_free_part() {
        PriceSheet sheet = order(0, 3_000, 0, variant(1, 8_000, false));

        assertThat(sheet.taxFreeAmount()).isEqualTo(Money.ZERO);
        assertThat(sheet.breakdown().vat()).as("11,000 / 11").isEqualTo(Money.won(1_000));
    }

    @Test
    void cancelling_the_tax_free_line_gives_back_its_part_and_the_last_cancel_the_rest_of_it() {
        PriceSheet sheet = order(5_000, 3_000, 4_800, variant(1, 30_000, false), variant(2, 20_000, true),
                variant(3, 9_990, true));
        Order order = placed(sheet);
        Money taxFree = order.amounts().taxFree();
        order.pay("pay-1", order.amounts().charged(), NOW.plusSeconds(60));

        CancelOutcome taxFreeLine = order.cancelLines(List.of(2), Actor.staff("김운영"), "품절", NOW.plusSeconds(120));
        Money firstPart = order.taxFreePartOf(List.of(2), false, taxFreeLine.refund());
        CancelOutcome taxableLine = order.cancelLines(List.of(1), Actor.staff("김운영"), "품절", NOW.plusSeconds(180));
        Money secondPart = order.taxFreePartOf(List.of(1), false, taxableLine.refund());
        CancelOutcome rest = order.cancel(Actor.staff("김운영"), "취소", NOW.plusSeconds(240));
        Money lastPart = order.taxFreePartOf(rest.lineNumbers(), true, rest.refund());

        assertThat(firstPart).as("all of the tax-free line's refund").isEqualTo(taxFreeLine.refund());
        assertThat(secondPart).isEqualTo(Money.ZERO);
        assertThat(lastPart).as("the rest of the tax-free part, rounding included").isEqualTo(taxFree.minus(firstPart));
        assertThat(lastPart).isLessThanOrEqualTo(rest.refund());
        assertThat(taxFreeLine.refund().plus(taxableLine.refund()).plus(rest.refund()))
                .isEqualTo(order.amounts().charged());
        // Asked again later (a redelivered event), the answers are the same.
        assertThat(order.taxFreePartOf(List.of(2), false, taxFreeLine.refund())).isEqualTo(firstPart);
        assertThat(order.taxFreePartOf(rest.lineNumbers(), true, rest.refund())).isEqualTo(lastPart);
    }

    /** The order as OrderPlacement places it from the sheet. */
    private static Order placed(PriceSheet sheet) {
        List<SheetLine> lines = sheet.sheetLines();
        List<LineShares> shares = sheet.shares();
        List<LineSnapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SheetLine line = lines.get(i);
            snapshots.add(new LineSnapshot(i + 1, line.variant().productId(), line.variant().variantId(),
                    line.variant().sku(), line.variant().productName(), line.variant().optionText(), line.quantity(),
                    line.listUnitPrice(), line.basePrice(), line.optionPrice(), line.onSale(), line.discount(),
                    line.amount(), shares.get(i).discount(), shares.get(i).points(), line.variant().taxFree()));
        }
        SealedParties parties = new SealedParties("n", "p", null, "r", "rp", "pc", "road", "detail", null);
        return Order.place("20261123-000009", MEMBER, null, null, "상품 1 외 2건", parties, sheet.breakdown(), "C",
                snapshots, NOW, NOW.plus(Duration.ofMinutes(30)), Actor.shopper());
    }
}
