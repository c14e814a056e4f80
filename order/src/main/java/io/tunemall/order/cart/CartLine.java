package io.tunemall.order.cart;

import io.tunemall.sdk.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A variant in a cart, how many, and the unit price the shopper last saw: a different price now is a change the
 * shopper is told about before paying.
 */
@Entity
@Table(name = "cart_line")
public class CartLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cart_id")
    private Cart cart;

    @Column(name = "variant_id")
    private long variantId;

    private String sku;

    private int quantity;

    @Column(name = "seen_unit_price")
    private long seenUnitPrice;

    @Column(name = "added_at")
    private Instant addedAt;

    protected CartLine() {
    }

    CartLine(Cart cart, long variantId, String sku, int quantity, Money seenUnitPrice, Instant addedAt) {
        this.cart = cart;
        this.variantId = variantId;
        this.sku = sku;
        this.quantity = quantity;
        this.seenUnitPrice = seenUnitPrice.won();
        this.addedAt = addedAt;
    }

    public Long id() {
        return id;
    }

    String cartId() {
        return cart.id();
    }

    public long variantId() {
        return variantId;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public Money seenUnitPrice() {
        return Money.won(seenUnitPrice);
    }

    void quantity(int newQuantity) {
        this.quantity = newQuantity;
    }

    /** The shopper has now seen this price (the checkout page showed it). */
    void seen(Money unitPrice) {
        this.seenUnitPrice = unitPrice.won();
    }
}
