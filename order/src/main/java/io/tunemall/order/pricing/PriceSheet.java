package io.tunemall.order.pricing;

import io.tunemall.order.api.PriceBreakdown;
import io.tunemall.order.api.PricingNote;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.pricing.PriceContext;
import io.tunemall.sdk.pricing.PricedLine;
import io.tunemall.sdk.shipping.ShippingFee;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The working sheet of one pricing: every rule of the pipeline writes on it, in turn. It keeps every amount at zero
 * or more by cutting a discount to what is left, so no rule (a tuning module's included) can make an order pay less
 * than nothing.
 */
public final class PriceSheet implements PriceContext {

    private final PricingRequest request;
    private final List<SheetLine> lines = new ArrayList<>();
    private Money gradeDiscount = Money.ZERO;
    private String gradeName;
    private boolean shipsFreeByGrade;
    private Money couponDiscount = Money.ZERO;
    private String couponId;
    private String couponName;
    private final List<PriceBreakdown.Adjustment> orderAdjustments = new ArrayList<>();
    private final List<OrderReduction> reductions = new ArrayList<>();
    private ShippingFee shipping = ShippingFee.FREE;
    private Money points = Money.ZERO;
    private final List<PricingNote> notes = new ArrayList<>();

    PriceSheet(PricingRequest request) {
        this.request = request;
        for (PricingItem item : request.items()) {
            lines.add(new SheetLine(lines.size(), item.variant(), item.quantity()));
        }
    }

    public PricingRequest request() {
        return request;
    }

    public List<SheetLine> sheetLines() {
        return List.copyOf(lines);
    }

    @Override
    public List<PricedLine> lines() {
        return lines.stream().map(SheetLine::view).toList();
    }

    @Override
    public Money itemsAmount() {
        return lines.stream().map(SheetLine::amount).reduce(Money.ZERO, Money::plus);
    }

    @Override
    public Money orderAmount() {
        long won = itemsAmount().won() - gradeDiscount.won() - couponDiscount.won() - adjustments(false).won()
                + adjustments(true).won();
        return Money.won(won);
    }

    /** What the shopper pays before points: the goods after discounts, and shipping. */
    public Money payableBeforePoints() {
        return orderAmount().plus(shipping.total());
    }

    public Money finalAmount() {
        return payableBeforePoints().minus(points);
    }

    @Override
    public Optional<Long> memberId() {
        return Optional.ofNullable(request.memberId());
    }

    @Override
    public Instant pricedAt() {
        return request.at();
    }

    @Override
    public Optional<String> postalCode() {
        return Optional.ofNullable(request.postalCode());
    }

    @Override
    public Locale locale() {
        return request.locale();
    }

    @Override
    public void discountLine(int lineIndex, Money amount, String label) {
        lines.get(lineIndex).discount(amount, orderAmount(), label);
    }

    @Override
    public void discountOrder(Money amount, String label) {
        Money taken = amount.min(orderAmount());
        if (!taken.isZero()) {
            orderAdjustments.add(new PriceBreakdown.Adjustment(label, taken, false));
            reductions.add(new OrderReduction(taken, Set.of()));
        }
    }

    @Override
    public void charge(Money amount, String label) {
        if (!amount.isZero()) {
            orderAdjustments.add(new PriceBreakdown.Adjustment(label, amount, true));
        }
    }

    void gradeDiscount(Money amount, String grade, boolean freeShipping) {
        Money taken = amount.min(orderAmount());
        gradeDiscount = gradeDiscount.plus(taken);
        gradeName = grade;
        shipsFreeByGrade = freeShipping;
        if (!taken.isZero()) {
            reductions.add(new OrderReduction(taken, Set.of()));
        }
    }

    void couponDiscount(Money amount, String id, String name, Set<Integer> eligibleLines) {
        Money taken = amount.min(orderAmount());
        couponDiscount = couponDiscount.plus(taken);
        couponId = id;
        couponName = name;
        if (!taken.isZero()) {
            reductions.add(new OrderReduction(taken, eligibleLines));
        }
    }

    void ship(ShippingFee fee) {
        this.shipping = fee;
    }

    /** Uses points, at most what is left to pay; answers what was used. */
    Money usePoints(Money wanted) {
        points = wanted.min(payableBeforePoints());
        return points;
    }

    void note(String code, Object... arguments) {
        notes.add(new PricingNote(code, Arrays.stream(arguments).map(String::valueOf).toList()));
    }

    public boolean shipsFreeByGrade() {
        return shipsFreeByGrade;
    }

    public ShippingFee shipping() {
        return shipping;
    }

    public Money pointsUsed() {
        return points;
    }

    public String couponId() {
        return couponId;
    }

    public Money couponDiscountAmount() {
        return couponDiscount;
    }

    public List<PricingNote> notes() {
        return List.copyOf(notes);
    }

    /**
     * The tax-free (면세) part of the final amount: each tax-free line's amount less its shares of the order discounts
     * and of the points ({@link #shares()}), summed; shipping and rule charges are taxable.
     *
     * <p>Rounding: the shares are rounded down per line, and the won they leave over stay with the taxable part. So
     * the tax-free part is exactly what cancelling the tax-free lines gives back (a partial cancel refunds a line's
     * amount less its shares), and a partial cancel never asks the payment for more tax-free money than it holds; the
     * cost is that the tax-free part may be a few won above its exact proportion, a VAT difference below one won per
     * line. It is cut to the final amount for the rare order of tax-free lines only, without shipping, whose rounding
     * leaves the lines' sum above what is charged.
     */
    public Money taxFreeAmount() {
        List<LineShares> shares = shares();
        Money taxFree = Money.ZERO;
        for (SheetLine line : lines) {
            if (line.variant().taxFree()) {
                LineShares share = shares.get(line.index());
                taxFree = taxFree.plus(line.amount().minus(share.discount()).minus(share.points()));
            }
        }
        return taxFree.min(finalAmount());
    }

    /** Each line's part of the order discounts and of the points, in line order. */
    public List<LineShares> shares() {
        return ShareAllocation.of(lines, reductions, points, orderAmount().plus(shipping.total()));
    }

    public PriceBreakdown breakdown() {
        Money list = Money.ZERO;
        Money sale = Money.ZERO;
        for (SheetLine line : lines) {
            list = list.plus(line.listUnitPrice().times(line.quantity()));
            sale = sale.plus(line.listUnitPrice().minusAtMostToZero(line.unitPrice()).times(line.quantity()));
        }
        return new PriceBreakdown(lines.stream().map(SheetLine::breakdown).toList(), list, sale, itemsAmount(),
                gradeDiscount, gradeName, couponDiscount, couponName, orderAdjustments, orderAmount(),
                shipping.baseFee(), shipping.remoteAreaSurcharge(), shipping.remoteArea(), points, finalAmount(), notes,
                taxFreeAmount());
    }

    private Money adjustments(boolean charges) {
        return orderAdjustments.stream().filter(a -> a.charge() == charges).map(PriceBreakdown.Adjustment::amount)
                .reduce(Money.ZERO, Money::plus);
    }
}
