package io.tunemall.order.order;

import io.tunemall.order.api.LineState;
import io.tunemall.sdk.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of an order: a snapshot of what was bought and at what price, which later catalog edits never change. */
@Entity
@Table(name = "shop_order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "product_id")
    private long productId;

    @Column(name = "variant_id")
    private long variantId;

    private String sku;

    @Column(name = "product_name")
    private String productName;

    @Column(name = "option_text")
    private String optionText;

    private int quantity;

    @Column(name = "list_unit_price")
    private long listUnitPrice;

    @Column(name = "base_unit_price")
    private long baseUnitPrice;

    @Column(name = "option_price")
    private long optionPrice;

    @Column(name = "unit_price")
    private long unitPrice;

    @Column(name = "on_sale")
    private boolean onSale;

    @Column(name = "line_discount")
    private long lineDiscount;

    @Column(name = "line_amount")
    private long lineAmount;

    @Column(name = "discount_share")
    private long discountShare;

    @Column(name = "points_share")
    private long pointsShare;

    @Column(name = "tax_free")
    private boolean taxFree;

    @Enumerated(EnumType.STRING)
    private LineState state;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected OrderLine() {
    }

    OrderLine(Order order, LineSnapshot snapshot) {
        this.order = order;
        this.lineNo = snapshot.lineNumber();
        this.productId = snapshot.productId();
        this.variantId = snapshot.variantId();
        this.sku = snapshot.sku();
        this.productName = snapshot.productName();
        this.optionText = snapshot.optionText();
        this.quantity = snapshot.quantity();
        this.listUnitPrice = snapshot.listUnitPrice().won();
        this.baseUnitPrice = snapshot.baseUnitPrice().won();
        this.optionPrice = snapshot.optionPrice().won();
        this.unitPrice = snapshot.baseUnitPrice().plus(snapshot.optionPrice()).won();
        this.onSale = snapshot.onSale();
        this.lineDiscount = snapshot.lineDiscount().won();
        this.lineAmount = snapshot.amount().won();
        this.discountShare = snapshot.discountShare().won();
        this.pointsShare = snapshot.pointsShare().won();
        this.taxFree = snapshot.taxFree();
        this.state = LineState.ORDERED;
    }

    public int lineNumber() {
        return lineNo;
    }

    public long productId() {
        return productId;
    }

    public long variantId() {
        return variantId;
    }

    public String sku() {
        return sku;
    }

    public String productName() {
        return productName;
    }

    public String optionText() {
        return optionText;
    }

    public int quantity() {
        return quantity;
    }

    public Money listUnitPrice() {
        return Money.won(listUnitPrice);
    }

    public Money unitPrice() {
        return Money.won(unitPrice);
    }

    public Money optionPrice() {
        return Money.won(optionPrice);
    }

    public boolean onSale() {
        return onSale;
    }

    public Money discount() {
        return Money.won(lineDiscount);
    }

    public Money amount() {
        return Money.won(lineAmount);
    }

    public Money pointsShare() {
        return Money.won(pointsShare);
    }

    /** What cancelling this line alone gives back in money: its amount less its shares of discounts and points. */
    public Money paidShare() {
        return Money.won(lineAmount - discountShare - pointsShare);
    }

    /** Whether its product was tax-free (면세) when ordered: its paid share holds no VAT. */
    public boolean taxFree() {
        return taxFree;
    }

    public LineState state() {
        return state;
    }

    public boolean ordered() {
        return state == LineState.ORDERED;
    }

    void moveTo(LineState next) {
        this.state = next;
    }

    void cancel(Instant at) {
        this.state = LineState.CANCELLED;
        this.cancelledAt = at;
    }
}
