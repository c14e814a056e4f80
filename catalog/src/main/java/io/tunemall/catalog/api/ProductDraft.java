package io.tunemall.catalog.api;

import io.tunemall.sdk.Money;
import java.util.List;

/**
 * A product as the owner wants it saved, from the admin form or an import. Nothing is checked here: the catalog
 * checks it whole on saving and answers every problem at once ({@link CatalogRejection}).
 *
 * @param brandId the brand, or null for none
 * @param sale the timed sale, or null for none
 * @param description rich text as typed; it is sanitized before it is stored
 * @param axes the option axes; their values multiplied out must give exactly the variants
 * @param images the images in gallery order
 * @param taxFree whether it is tax-free (면세); null keeps what is stored (a new product is taxable), so a writer
 *     that does not know the flag never changes it
 */
public record ProductDraft(String name, String slug, Long categoryId, Long brandId, SaleStatus status, Money price,
        Money listPrice, TimedSale sale, String summary, String description, List<String> tags, List<OptionAxis> axes,
        List<VariantDraft> variants, List<ImageDraft> images, Boolean taxFree) {

    public ProductDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
        axes = axes == null ? List.of() : List.copyOf(axes);
        variants = variants == null ? List.of() : List.copyOf(variants);
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** A draft that leaves the tax-free flag as stored. */
    public ProductDraft(String name, String slug, Long categoryId, Long brandId, SaleStatus status, Money price,
            Money listPrice, TimedSale sale, String summary, String description, List<String> tags,
            List<OptionAxis> axes, List<VariantDraft> variants, List<ImageDraft> images) {
        this(name, slug, categoryId, brandId, status, price, listPrice, sale, summary, description, tags, axes,
                variants, images, null);
    }
}
