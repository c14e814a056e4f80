package io.tunemall.catalog.product;

import io.tunemall.sdk.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One sellable combination of option values (블랙 / M) with its own SKU, price difference and stock. Updates write only
 * the columns that changed: an edit that leaves stock alone must not write back the stock it read while orders take
 * units from the row.
 */
@Entity
@DynamicUpdate
@Table(name = "product_variant")
class ProductVariant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String sku;

    /** The option values in axis order, joined by " / ", as shoppers read them. */
    @Column(name = "option_values")
    private String optionValues;

    @Column(name = "price_delta")
    private long priceDelta;

    private int stock;

    private String barcode;

    @Column(name = "sort_order")
    private int sortOrder;

    protected ProductVariant() {
    }

    ProductVariant(Product product, String sku, String optionValues, long priceDelta, int stock, int sortOrder) {
        this.product = product;
        this.sku = sku;
        this.optionValues = optionValues;
        this.priceDelta = priceDelta;
        this.stock = stock;
        this.sortOrder = sortOrder;
    }

    int stock() {
        return stock;
    }

    String optionValues() {
        return optionValues;
    }

    void revise(VariantSpec spec, int newSortOrder) {
        this.sku = spec.sku();
        this.optionValues = spec.optionValues();
        this.priceDelta = spec.priceDifference().won();
        this.stock = spec.stock();
        this.barcode = spec.barcode();
        this.sortOrder = newSortOrder;
    }

    VariantSpec spec() {
        return new VariantSpec(sku, optionValues, Money.won(priceDelta), stock, barcode);
    }
}
