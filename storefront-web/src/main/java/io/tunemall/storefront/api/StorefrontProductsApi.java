package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.catalog.api.CategoryListings;
import io.tunemall.catalog.api.CategoryView;
import io.tunemall.catalog.api.ListingPage;
import io.tunemall.catalog.api.ListingQuery;
import io.tunemall.catalog.api.ProductDetail;
import io.tunemall.catalog.api.ProductPages;
import io.tunemall.catalog.api.ProductSearch;
import io.tunemall.catalog.api.SearchQuery;
import io.tunemall.catalog.api.SearchResult;
import io.tunemall.catalog.api.SearchSort;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.platform.tuning.field.CustomFields;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.catalog.ListingContext;
import io.tunemall.storefront.category.ListingParameters;
import io.tunemall.storefront.tuning.ListingFilters;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** The catalog for headless storefronts and apps: public, read-only, JSON, answered from the storefront caches. */
@RestController
@RequestMapping("/api/v1/storefront")
@Tag(name = "Storefront catalog", description = "Products and categories as shoppers see them")
class StorefrontProductsApi {

    private final CategoryListings listings;
    private final ProductPages products;
    private final ListingFilters filters;
    private final ShopClock clock;
    private final ProductSearch search;
    private final CustomFields customFields;

    StorefrontProductsApi(CategoryListings listings, ProductPages products, ListingFilters filters, ShopClock clock,
            ProductSearch search, CustomFields customFields) {
        this.search = search;
        this.customFields = customFields;
        this.listings = listings;
        this.products = products;
        this.filters = filters;
        this.clock = clock;
    }

    @GetMapping("/products")
    @Operation(operationId = "listProducts", summary = "List products",
            description = "Listed products (on sale or sold out), newest first unless sorted otherwise, a page at a time."
                    + " Paging stops 10,000 products deep. With `query`, products are found by Korean-aware text search"
                    + " and ranked by relevance unless sorted; only category, sort, page and size (up to 60) apply.")
    @ApiResponse(responseCode = "200", description = "A page of products")
    @ApiResponse(responseCode = "400", description = "A parameter makes no sense",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such category",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ProductListJson list(
            @Parameter(description = "Words to search for, in Korean or English") @RequestParam(required = false) String query,
            @Parameter(description = "Category id or slug; its visible sub-categories are included") @RequestParam(required = false) String category,
            @Parameter(description = "Page, from 1") @RequestParam(defaultValue = "1") String page,
            @Parameter(description = "Products per page, 1 to 100") @RequestParam(defaultValue = "24") int size,
            @Parameter(description = "new, popular, price-asc or price-desc (and relevance, the default, with query)") @RequestParam(required = false) String sort,
            @Parameter(description = "Brand slug; repeat for several") @RequestParam(required = false) List<String> brand,
            @Parameter(description = "Price band by the price in force now: 30000-50000, -10000 or 200000-") @RequestParam(required = false) String price,
            @Parameter(description = "Option value as axis:value (색상:블랙); repeat for several") @RequestParam(required = false) List<String> option,
            @Parameter(description = "true for products that can be bought now") @RequestParam(required = false) String inStock,
            Locale locale) {
        if (query != null && !query.isBlank()) {
            return searched(query, category, page, size, sort, brand, price, option, inStock);
        }
        if (size < 1 || size > ListingQuery.MAX_SIZE) {
            throw invalid("size must be between 1 and " + ListingQuery.MAX_SIZE);
        }
        CategoryView found = category == null || category.isBlank() ? null
                : listings.category(category).orElseThrow(() -> ShopException.notFound("Category " + category));
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("sort", sort);
        params.add("page", page);
        params.add("price", price);
        params.add("inStock", inStock);
        params.put("brand", brand == null ? List.of() : brand);
        params.put("option", option == null ? List.of() : option);
        ListingQuery listing = ListingParameters.from(params).query(found == null ? null : found.id(), size)
                .orElseThrow(() -> invalid("sort, page or price is not valid: sort is one of new, popular, price-asc,"
                        + " price-desc; page runs from 1 to " + ListingQuery.lastReachablePage(size)
                        + "; price reads like 30000-50000"));
        ListingPage result = listings.list(listing);
        Instant now = clock.now();
        List<ProductSummaryJson> items = filters.shown(result.products(),
                        new ListingContext(found == null ? null : found.id(), locale, true), now).stream()
                .map(product -> ProductSummaryJson.of(product, now, StorefrontProductsApi::absolute))
                .toList();
        return new ProductListJson(items, ProductListJson.PageJson.of(result),
                found == null ? null : ProductListJson.FacetsJson.of(listings.facets(found.id())));
    }

    /**
     * Text search goes to the search index, which ranks by relevance and knows category, sort and paging; the other
     * filters are listing filters and are refused with a query rather than silently ignored.
     */
    private ProductListJson searched(String text, String category, String page, int size, String sort,
            List<String> brand, String price, List<String> option, String inStock) {
        if (brand != null || price != null || option != null || inStock != null) {
            throw invalid("brand, price, option and inStock filter category listings; with query, use category, sort,"
                    + " page and size");
        }
        if (size < 1 || size > SearchQuery.MAX_PAGE_SIZE) {
            throw invalid("size must be between 1 and " + SearchQuery.MAX_PAGE_SIZE + " when searching");
        }
        int number;
        try {
            number = Integer.parseInt(page);
        } catch (NumberFormatException notANumber) {
            throw invalid("page must be a number from 1");
        }
        Long categoryId = category == null || category.isBlank() ? null
                : listings.category(category).orElseThrow(() -> ShopException.notFound("Category " + category)).id();
        SearchSort order = sort == null ? SearchSort.RELEVANCE : switch (sort) {
            case "new" -> SearchSort.NEW;
            case "popular" -> SearchSort.POPULAR;
            case "price-asc" -> SearchSort.PRICE_ASC;
            case "price-desc" -> SearchSort.PRICE_DESC;
            case "relevance" -> SearchSort.RELEVANCE;
            default -> throw invalid("sort is one of relevance, new, popular, price-asc, price-desc");
        };
        if (number < 1 || (long) number * size > SearchQuery.MAX_RESULT_WINDOW) {
            throw invalid("page runs from 1 to " + SearchQuery.MAX_RESULT_WINDOW / size);
        }
        SearchResult result = search.search(new SearchQuery(text, null, categoryId, null, order, number, size));
        List<ProductSummaryJson> items = result.hits().stream()
                .map(card -> ProductSummaryJson.of(card, StorefrontProductsApi::absolute))
                .toList();
        int pages = (int) Math.min(Integer.MAX_VALUE, (result.total() + size - 1) / size);
        return new ProductListJson(items, new ProductListJson.PageJson(number, size, result.total(), pages, number < pages),
                null);
    }

    @GetMapping("/products/{idOrSlug}")
    @Operation(operationId = "getProduct", summary = "Get a product", description = "A listed product by id or slug, priced at the moment of the request.")
    @ApiResponse(responseCode = "200", description = "The product")
    @ApiResponse(responseCode = "404", description = "No such product, or it is not listed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProductJson> product(@Parameter(description = "Product id or slug") @PathVariable String idOrSlug) {
        ProductDetail product = products.product(idOrSlug)
                .orElseThrow(() -> ShopException.notFound("Product " + idOrSlug));
        Instant now = clock.now();
        return ResponseEntity.ok()
                .lastModified(product.lastChangedAt(now))
                .body(ProductJson.of(product, now, StorefrontProductsApi::absolute, customFields.forApi(
                        EntityType.PRODUCT, customFields.values(EntityType.PRODUCT, String.valueOf(product.id())))));
    }

    static String productPath(String slug) {
        return UriComponentsBuilder.fromPath("/products/{slug}").encode().buildAndExpand(slug).toUriString();
    }

    /** Paths of this shop become absolute URLs; URLs elsewhere (a CDN) stay as they are. */
    static String absolute(String url) {
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return url;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + url;
    }

    private static ShopException invalid(String detail) {
        return new ShopException(400, "invalid-parameter", detail);
    }
}
