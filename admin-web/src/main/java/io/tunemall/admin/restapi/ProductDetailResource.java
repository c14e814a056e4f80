package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.catalog.api.EditableProduct;
import io.tunemall.catalog.api.ProductDraft;
import io.tunemall.catalog.api.StoredImage;
import io.tunemall.catalog.api.TimedSale;
import io.tunemall.catalog.api.VariantDraft;
import java.time.Instant;
import java.util.List;

/**
 * One product in the admin API, in the shape {@code POST /api/v1/admin/products} takes it (options, then one variant
 * per combination of their values) plus what the shop adds (id, images, times). Amounts are whole won like every admin
 * API amount; the catalog's own records stay inside the shop, so a change to them does not change this contract.
 *
 * @param listPrice the price before discount; the price when the product has none
 * @param salePrice the timed sale's price, null without a timed sale
 * @param saleStartsAt when the timed sale starts (inclusive)
 * @param saleEndsAt when it ends (exclusive), null when open-ended
 * @param taxFree whether the product is tax-free (면세): its price holds no VAT
 */
@Schema(name = "AdminProduct")
record ProductDetailResource(long id, String name, String slug,
        @Schema(types = {"integer", "null"}, format = "int64") Long categoryId,
        @Schema(types = {"integer", "null"}, format = "int64") Long brandId, String status, long price,
        long listPrice, @Schema(types = {"integer", "null"}, format = "int64") Long salePrice,
        @Schema(types = {"string", "null"}, format = "date-time") Instant saleStartsAt,
        @Schema(types = {"string", "null"}, format = "date-time") Instant saleEndsAt,
        @Schema(types = {"string", "null"}) String summary, @Schema(types = {"string", "null"}) String description,
        List<String> tags, List<Option> options, List<Variant> variants, List<Image> images, boolean taxFree,
        Instant createdAt, Instant updatedAt) {

    /** An option axis such as 색상 with its values in order. */
    @Schema(name = "AdminProductOption")
    record Option(String name, List<String> values) {
    }

    /**
     * One variant: one value of each option, in option order (none for a product without options).
     *
     * @param priceDifference what it costs on top of the product's price
     * @param stock units on hand
     */
    @Schema(name = "AdminProductVariant")
    record Variant(List<String> optionValues, String sku, long priceDifference, int stock,
            @Schema(types = {"string", "null"}) String barcode) {
    }

    /** A picture of the product, with its 300 px (card) and 600 px (detail) thumbnails. */
    @Schema(name = "AdminProductImage")
    record Image(long id, @Schema(types = {"string", "null"}) String optionValue,
            @Schema(types = {"string", "null"}) String altText, String url, String cardUrl, String detailUrl) {
    }

    static ProductDetailResource of(EditableProduct product) {
        ProductDraft draft = product.draft();
        long price = draft.price().won();
        TimedSale sale = draft.sale();
        return new ProductDetailResource(product.id(), draft.name(), draft.slug(), draft.categoryId(), draft.brandId(),
                draft.status().name(), price,
                draft.listPrice() == null ? price : draft.listPrice().won(),
                sale == null ? null : sale.price().won(), sale == null ? null : sale.startsAt(),
                sale == null ? null : sale.endsAt(), draft.summary(),
                draft.description(), draft.tags(),
                draft.axes().stream().map(axis -> new Option(axis.name(), axis.values())).toList(),
                draft.variants().stream().map(ProductDetailResource::variant).toList(),
                product.images().stream().map(ProductDetailResource::image).toList(),
                Boolean.TRUE.equals(draft.taxFree()), product.createdAt(), product.updatedAt());
    }

    private static Variant variant(VariantDraft variant) {
        return new Variant(variant.optionValues(), variant.sku(), variant.priceDifference().won(), variant.stock(),
                variant.barcode());
    }

    private static Image image(StoredImage image) {
        return new Image(image.id(), image.optionValue(), image.altText(), image.url(), image.cardUrl(),
                image.detailUrl());
    }
}
