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
                shipping.baseFee(), shipping.remoteAreaSurcharge(), shipping.remoteArea(), points, finalAmount(), notes);
    }

    private Money adjustments(boolean charges) {
        return orderAdjustments.stream().filter(a -> a.charge() == charges).map(PriceBreakdown.Adjustment::amount)
                .reduce(Money.ZERO, Money::plus);
    }
}
