package io.tunemall.catalog.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One value on one option axis of a product, such as 색상 = 블랙. */
@Entity
@Table(name = "product_option")
class ProductOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String axis;

    @Column(name = "option_value")
    private String value;

    @Column(name = "sort_order")
    private int sortOrder;

    protected ProductOption() {
    }

    ProductOption(Product product, String axis, String value, int sortOrder) {
        this.product = product;
        this.axis = axis;
        this.value = value;
        this.sortOrder = sortOrder;
    }

    String axis() {
        return axis;
    }

    String value() {
        return value;
    }

    void reorder(int newSortOrder) {
        this.sortOrder = newSortOrder;
    }
}
