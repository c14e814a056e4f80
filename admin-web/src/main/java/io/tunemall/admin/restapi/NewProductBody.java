package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.catalog.api.SaleStatus;
import java.util.List;

/**
 * {@code POST /api/v1/admin/products}: a product with its option axes and one variant per combination of their
 * values (docs/api.md). Prices are whole won. Every rule (required fields, negative amounts, SKUs taken, unknown
 * category) is checked by the catalog and answered together as a 422 with field errors.
 *
 * @param slug the storefront address; from the first SKU when absent
 * @param status DRAFT when absent
 * @param listPrice the price before discount; the price when absent
 * @param taxFree whether the product is tax-free (면세); taxable when absent
 */
@Schema(name = "AdminNewProduct")
record NewProductBody(String name, @Schema(types = {"string", "null"}) String slug, Long categoryId,
        @Schema(types = {"integer", "null"}, format = "int64") Long brandId,
        @Schema(types = {"string", "null"}) SaleStatus status, Long price,
        @Schema(types = {"integer", "null"}, format = "int64") Long listPrice,
        @Schema(types = {"string", "null"}) String summary, @Schema(types = {"string", "null"}) String description,
        List<String> tags, List<OptionBody> options, List<VariantBody> variants,
        @Schema(types = {"boolean", "null"}) Boolean taxFree) {

    /** An option axis such as 색상 with its values in order. */
    @Schema(name = "AdminNewProductOption")
    record OptionBody(String name, List<String> values) {
    }

    /**
     * One variant: one value of each option, in option order (none for a product without options).
     *
     * @param priceDifference what it costs on top of the product's price, zero when absent
     */
    @Schema(name = "AdminNewProductVariant")
    record VariantBody(List<String> optionValues, String sku,
            @Schema(types = {"integer", "null"}, format = "int64") Long priceDifference, int stock,
            @Schema(types = {"string", "null"}) String barcode) {
    }
}
