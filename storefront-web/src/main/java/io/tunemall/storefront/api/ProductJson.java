package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.catalog.api.Breadcrumb;
import io.tunemall.catalog.api.ProductDetail;
import io.tunemall.catalog.api.ProductDetail.BrandSummary;
import io.tunemall.catalog.api.ProductDetail.OptionAxis;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A product with everything its page shows, priced at the moment of the request. Amounts are whole won.
 *
 * @param price what a shopper pays now (a running sale included)
 * @param sale the timed sale, present while one is announced or running
 * @param categories the category path from the top of the tree
 * @param options the option axes (색상, 사이즈) with their values in order
 * @param customFields the values of tuning modules' custom fields shown to shoppers, by module id and field key
 */
@Schema(name = "Product")
record ProductJson(long id, String name, String slug, String url, String summary, String descriptionHtml, long price,
        long listPrice, int discountPercent, String currency, SaleJson sale, boolean soldOut, BrandSummary brand,
        List<Breadcrumb> categories, List<String> tags, List<OptionAxis> options, List<VariantJson> variants,
        List<ImageJson> images, Instant updatedAt, Map<String, Map<String, Object>> customFields) {

    /** @param price the sale price; it is in force when {@code active} */
    @Schema(name = "Sale")
    record SaleJson(long price, Instant startsAt, Instant endsAt, boolean active) {
    }

    /**
     * @param optionValues one value per option axis, in axis order
     * @param price what a shopper pays now for this combination
     */
    @Schema(name = "Variant")
    record VariantJson(long id, String sku, List<String> optionValues, long price, long priceDifference, int stock,
            boolean available, String barcode) {
    }

    /** @param optionValue the option value (블랙) the image shows, or null for the product as a whole */
    @Schema(name = "Image")
    record ImageJson(String url, @Schema(types = {"string", "null"}) String altText,
            @Schema(types = {"string", "null"}) String optionValue) {
    }

    static ProductJson of(ProductDetail product, Instant now, UnaryOperator<String> absolute,
            Map<String, Map<String, Object>> customFields) {
        long price = product.pricing().priceAt(now).won();
        SaleJson sale = product.pricing().salePrice() == null || (product.pricing().saleEndsAt() != null
                && !now.isBefore(product.pricing().saleEndsAt())) ? null
                : new SaleJson(product.pricing().salePrice().won(), product.pricing().saleStartsAt(),
                        product.pricing().saleEndsAt(), product.pricing().onSaleAt(now));
        return new ProductJson(product.id(), product.name(), product.slug(), absolute.apply(StorefrontProductsApi.productPath(product.slug())),
                product.summary(), product.descriptionHtml(), price, product.pricing().listPrice().won(),
                product.pricing().discountPercentAt(now), "KRW", sale, product.soldOut(), product.brand(),
                product.breadcrumbs(), product.tags(), product.axes(),
                product.variants().stream().map(v -> new VariantJson(v.id(), v.sku(), v.optionValues(),
                        price + v.priceDifference().won(), v.priceDifference().won(), v.stock(), v.available(), v.barcode()))
                        .toList(),
                product.images().stream().map(i -> new ImageJson(absolute.apply(i.url()), i.altText(), i.optionValue())).toList(),
                product.updatedAt(), customFields);
    }
}
