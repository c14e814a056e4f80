package io.tunemall.catalog.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An image of a product; one tied to an option value (블랙) is shown when the shopper picks that value. */
@Entity
@Table(name = "product_image")
class ProductImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "option_value")
    private String optionValue;

    /** Relative path in the media store. */
    private String path;

    @Column(name = "alt_text")
    private String altText;

    @Column(name = "sort_order")
    private int sortOrder;

    /** The 300 px wide thumbnail for listing cards, or null when the image needs none (SVG). */
    @Column(name = "card_path")
    private String cardPath;

    /** The 600 px wide thumbnail for the product page, or null when the image needs none (SVG). */
    @Column(name = "detail_path")
    private String detailPath;

    protected ProductImage() {
    }

    ProductImage(Product product, String optionValue, String path, String altText, int sortOrder) {
        this.product = product;
        this.optionValue = optionValue;
        this.path = path;
        this.altText = altText;
        this.sortOrder = sortOrder;
    }

    String path() {
        return path;
    }

    ProductImage(Product product, ImageSpec spec, int sortOrder) {
        this(product, spec.optionValue(), spec.path(), spec.altText(), sortOrder);
        this.cardPath = spec.cardPath();
        this.detailPath = spec.detailPath();
    }

    Long id() {
        return id;
    }

    /** Ties the image to another option value (or to none) and moves it in the gallery. */
    void rearrange(String newOptionValue, String newAltText, int newSortOrder) {
        this.optionValue = newOptionValue;
        this.altText = newAltText;
        this.sortOrder = newSortOrder;
    }

    ImageSpec spec() {
        return new ImageSpec(id, optionValue, path, cardPath, detailPath, altText);
    }
}
