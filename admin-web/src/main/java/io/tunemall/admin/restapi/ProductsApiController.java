package io.tunemall.admin.restapi;

import io.tunemall.catalog.api.CatalogAdministration;
import io.tunemall.catalog.api.EditableProduct;
import io.tunemall.catalog.api.PageSpec;
import io.tunemall.catalog.api.ProductFilter;
import io.tunemall.catalog.api.ProductPage;
import io.tunemall.catalog.api.ProductSort;
import io.tunemall.platform.error.ShopException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The products of the admin API, for staff (console session, {@code catalog:read}) and apps (bearer token,
 * {@code products:read}). Lists are paged with an opaque cursor (docs/api.md).
 */
@RestController
class ProductsApiController {

    static final int DEFAULT_LIMIT = 50;

    private final CatalogAdministration catalog;

    ProductsApiController(CatalogAdministration catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/admin/products")
    ProductList products(@RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
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
    EditableProduct product(@PathVariable long id) {
        return catalog.product(id).orElseThrow(() -> ShopException.notFound("product " + id));
    }
}
