package io.tunemall.catalog.api;

import io.tunemall.sdk.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A listed product with everything its page shows. Cached; the pricing keeps the sale window, so resolve prices with
 * the moment of rendering.
 *
 * @param descriptionHtml rich text, sanitized when the owner saved it; may be null
 * @param brand the brand, or null
 * @param breadcrumbs the visible categories from the top of the tree down to the product's own
 * @param axes the option axes in the owner's order, each with its values in order
 * @param variants every sellable combination, in the owner's order
 * @param images product-wide images (no option value) and images of one option value, in the owner's order
 * @param soldOut true when the product is marked sold out or no variant has stock
 * @param updatedAt when the owner last changed the product
 */
public record ProductDetail(long id, String name, String slug, String summary, String descriptionHtml, Pricing pricing,
        BrandSummary brand, long categoryId, List<Breadcrumb> breadcrumbs, List<String> tags, List<OptionAxis> axes,
        List<Variant> variants, List<Image> images, boolean soldOut, Instant updatedAt) implements Serializable {

    public ProductDetail {
        breadcrumbs = List.copyOf(breadcrumbs);
        tags = List.copyOf(tags);
        axes = List.copyOf(axes);
        variants = List.copyOf(variants);
        images = List.copyOf(images);
    }

    public record BrandSummary(long id, String name, String slug) implements Serializable {
    }

    public record OptionAxis(String name, List<String> values) implements Serializable {

        public OptionAxis {
            values = List.copyOf(values);
        }
    }

    /**
     * One sellable combination.
     *
     * @param optionValues one value per axis, in axis order
     * @param priceDifference what this combination costs on top of the product's price
     * @param available whether a shopper can buy it now (stock left and the product not marked sold out)
     */
    public record Variant(long id, String sku, List<String> optionValues, Money priceDifference, int stock,
            boolean available, String barcode) implements Serializable {

        public Variant {
            optionValues = List.copyOf(optionValues);
        }

        public String label() {
            return String.join(" / ", optionValues);
        }
    }

    /** An image; one with an option value (블랙) belongs to that value and is shown when a shopper picks it. */
    public record Image(String url, String altText, String optionValue) implements Serializable {
    }

    /** The axis whose values have images of their own (usually 색상): picking one of its values swaps the gallery. */
    public Optional<OptionAxis> imageAxis() {
        return axes.stream()
                .filter(axis -> axis.values().stream().anyMatch(value -> !imagesOf(value).isEmpty()))
                .findFirst();
    }

    /** The images of one option value, in order. */
    public List<Image> imagesOf(String optionValue) {
        return images.stream().filter(image -> Objects.equals(image.optionValue(), optionValue)).toList();
    }

    /** The images not tied to any option value. */
    public List<Image> productImages() {
        return imagesOf(null);
    }

    /** What the gallery shows for a picked value: that value's images first, then the product-wide ones. */
    public List<Image> galleryFor(String optionValue) {
        List<Image> own = optionValue == null ? List.of() : imagesOf(optionValue);
        List<Image> gallery = Stream.concat(own.stream(), productImages().stream()).toList();
        return gallery.isEmpty() ? images : gallery;
    }

    /** The lowest price a shopper can pay at the given moment: the product's price plus the cheapest combination. */
    public Money lowestPriceAt(Instant moment) {
        Money base = pricing.priceAt(moment);
        return variants.stream().map(Variant::priceDifference).min(Money::compareTo).map(base::plus).orElse(base);
    }

    /**
     * When what this record says last changed, as seen at the given moment: the owner's last edit, or a sale that
     * started or ended since.
     */
    public Instant lastChangedAt(Instant moment) {
        Instant latest = updatedAt;
        for (Instant boundary : new Instant[] {pricing.saleStartsAt(), pricing.saleEndsAt()}) {
            if (pricing.salePrice() != null && boundary != null && !boundary.isAfter(moment) && boundary.isAfter(latest)) {
                latest = boundary;
            }
        }
        return latest;
    }
}
