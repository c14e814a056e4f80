package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.catalog.api.CatalogAdministration;
import io.tunemall.catalog.api.PageSpec;
import io.tunemall.catalog.api.ProductFilter;
import io.tunemall.catalog.api.ProductPage;
import io.tunemall.catalog.api.ProductSort;
import io.tunemall.platform.error.ShopException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The products of the admin API, for staff (console session, {@code catalog:read}) and apps (bearer token,
 * {@code products:read}). Lists are paged with an opaque cursor (docs/api.md); writes are in
 * {@link ProductWritesApiController}.
 */
@RestController
@Tag(name = "Admin products", description = "Products for apps (scope products:read) and staff")
class ProductsApiController {

    static final int DEFAULT_LIMIT = 50;

    private final CatalogAdministration catalog;
    private final JsonMapper json;

    ProductsApiController(CatalogAdministration catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @GetMapping("/api/v1/admin/products")
    @Operation(operationId = "listAdminProducts", summary = "List products",
            description = "Every product, oldest first, a page at a time: pass nextCursor as cursor with the same limit.")
    @ApiResponse(responseCode = "200", description = "A page of products")
    @ApiResponse(responseCode = "422", description = "The cursor is not one this API handed out, or the limit changed")
    ProductList products(@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Products per page, 1 to 200") @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        int size = Math.max(1, Math.min(limit, PageSpec.MAX_SIZE));
        long offset = cursor == null || cursor.isBlank() ? 0 : ListCursor.decode(cursor);
        // Oldest first: products added while an app pages through the list land at the end, so no page shifts.
        // The catalog pages by page number, so a cursor is followed with the limit it was made with.
        long page = offset / size;
        if (offset % size != 0) {
            throw ShopException.invalid("cursor-limit", "Keep the same limit while following a cursor");
        }
        ProductPage rows = catalog.products(ProductFilter.any(), new PageSpec((int) page, size, ProductSort.OLDEST));
        long next = offset + rows.rows().size();
        return new ProductList(rows.rows().stream().map(ProductResource::of).toList(),
                next < rows.total() ? ListCursor.encode(next) : null);
    }

    @GetMapping("/api/v1/admin/products/{id}")
    @Operation(operationId = "getAdminProduct", summary = "Get a product",
            description = "The product with its variants, options and images.")
    @ApiResponse(responseCode = "200", description = "The product; its ETag makes a PATCH conditional (If-Match)")
    @ApiResponse(responseCode = "304", description = "The product is unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "404", description = "No such product")
    ResponseEntity<ProductDetailResource> product(@PathVariable long id) {
        ProductDetailResource product = catalog.product(id).map(ProductDetailResource::of)
                .orElseThrow(() -> ShopException.notFound("product " + id));
        return ResponseEntity.ok().eTag(ProductETag.of(product, json)).body(product);
    }
}
