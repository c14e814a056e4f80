package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.catalog.api.CatalogQueries;
import io.tunemall.catalog.api.CategorySummary;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The category tree for headless storefronts: what the shop's menu shows. */
@RestController
@Tag(name = "Storefront catalog")
class StorefrontCategoriesApi {

    private final CatalogQueries catalog;

    StorefrontCategoriesApi(CatalogQueries catalog) {
        this.catalog = catalog;
    }

    /** @param categories the visible top-level categories in the owner's order, each with its visible children */
    @Schema(name = "CategoryTree")
    record CategoriesJson(List<CategorySummary> categories) {
    }

    @GetMapping("/api/v1/storefront/categories")
    @Operation(operationId = "listCategories", summary = "List categories", description = "The visible category tree in the owner's order.")
    @ApiResponse(responseCode = "200", description = "The category tree")
    CategoriesJson categories() {
        return new CategoriesJson(catalog.categoryMenu());
    }
}
