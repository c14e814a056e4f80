package io.tunemall.order.order;

import io.tunemall.order.api.PriceBreakdown;
import io.tunemall.sdk.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The breakdown's totals as charged when the order was placed; never changed afterwards. */
@Embeddable
public class ChargedAmounts {

    @Column(name = "list_amount")
    private long listAmount;

    @Column(name = "items_amount")
    private long itemsAmount;

    @Column(name = "grade_discount")
    private long gradeDiscount;

    @Column(name = "grade_name")
    private String gradeName;

    @Column(name = "coupon_discount")
    private long couponDiscount;

    @Column(name = "coupon_id")
    private String couponId;

    @Column(name = "coupon_name")
    private String couponName;

    @Column(name = "rule_discount")
    private long ruleDiscount;

    @Column(name = "rule_charge")
    private long ruleCharge;

    @Column(name = "goods_amount")
    private long goodsAmount;

    @Column(name = "shipping_fee")
    private long shippingFee;

    @Column(name = "remote_surcharge")
    private long remoteSurcharge;

    @Column(name = "remote_area")
    private String remoteArea;

    @Column(name = "points_used")
    private long pointsUsed;

    @Column(name = "charged_amount")
    private long chargedAmount;

    /** The tax-free (면세) part of the charged amount, as the payment was begun with it. */
    @Column(name = "tax_free_amount")
    private long taxFreeAmount;

    protected ChargedAmounts() {
    }

    ChargedAmounts(PriceBreakdown breakdown, String couponId) {
        this.listAmount = breakdown.listAmount().won();
        this.itemsAmount = breakdown.itemsAmount().won();
        this.gradeDiscount = breakdown.gradeDiscount().won();
        this.gradeName = breakdown.gradeName();
        this.couponDiscount = breakdown.couponDiscount().won();
        this.couponId = breakdown.couponDiscount().isZero() ? null : couponId;
        this.couponName = breakdown.couponName();
        this.ruleDiscount = breakdown.orderDiscounts().won();
        this.ruleCharge = breakdown.orderCharges().won();
        this.goodsAmount = breakdown.goodsAmount().won();
        this.shippingFee = breakdown.shippingFee().won();
        this.remoteSurcharge = breakdown.remoteAreaSurcharge().won();
        this.remoteArea = breakdown.remoteArea();
        this.pointsUsed = breakdown.pointsUsed().won();
        this.chargedAmount = breakdown.finalAmount().won();
        this.taxFreeAmount = breakdown.taxFreeAmount().won();
    }

    public Money listAmount() {
        return Money.won(listAmount);
    }

    public Money itemsAmount() {
        return Money.won(itemsAmount);
    }

    public Money gradeDiscount() {
        return Money.won(gradeDiscount);
    }

    public String gradeName() {
        return gradeName;
    }

    public Money couponDiscount() {
        return Money.won(couponDiscount);
    }

    public String couponId() {
        return couponId;
    }

    public String couponName() {
        return couponName;
    }

    public Money goodsAmount() {
        return Money.won(goodsAmount);
    }

    public Money shippingFee() {
        return Money.won(shippingFee);
    }

    public Money remoteSurcharge() {
        return Money.won(remoteSurcharge);
    }

    public String remoteArea() {
        return remoteArea;
    }

    public Money pointsUsed() {
        return Money.won(pointsUsed);
    }

    public Money charged() {
        return Money.won(chargedAmount);
    }

    public Money taxFree() {
        return Money.won(taxFreeAmount);
    }
}
