package io.tunemall.storefront.category;

import io.tunemall.catalog.api.ListingQuery;
import io.tunemall.catalog.api.ListingSort;
import io.tunemall.catalog.api.PriceRange;
import java.util.List;
import java.util.Optional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The URL parameters of a listing, shared by the category page and the storefront API: {@code sort}, {@code page},
 * {@code brand} (repeatable), {@code price} ({@code 30000-50000}), {@code option} ({@code 색상:블랙}, repeatable) and
 * {@code inStock=true}.
 */
public record ListingParameters(String sort, String page, List<String> brands, String price, List<String> options,
        String inStock) {

    public static ListingParameters from(MultiValueMap<String, String> params) {
        return new ListingParameters(params.getFirst("sort"), params.getFirst("page"), values(params, "brand"),
                params.getFirst("price"), values(params, "option"), params.getFirst("inStock"));
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).toList();
    }

    /**
     * The query these parameters ask for, or empty when one of them makes no sense (an unknown sort, a page out of
     * range, a malformed price band).
     */
    public Optional<ListingQuery> query(Long categoryId, int size) {
        Optional<ListingSort> order = blank(sort) ? Optional.of(ListingSort.NEW) : ListingSort.fromParam(sort);
        Optional<PriceRange> band = blank(price) ? Optional.empty() : PriceRange.fromParam(price);
        if (order.isEmpty() || (!blank(price) && band.isEmpty())) {
            return Optional.empty();
        }
        int number;
        try {
            number = blank(page) ? 1 : Integer.parseInt(page.trim());
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        if (number < 1 || number > ListingQuery.lastReachablePage(size)) {
            return Optional.empty();
        }
        return Optional.of(new ListingQuery(categoryId, new java.util.TreeSet<>(brands), band.orElse(null),
                ListingQuery.optionsFrom(options), "true".equals(inStock) || "on".equals(inStock), order.get(), number,
                size));
    }

    /** The URL of a listing at {@code path} for a query, with only the parameters that differ from the defaults. */
    public static String url(String path, ListingQuery query) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (query.sort() != ListingSort.NEW) {
            url.queryParam("sort", query.sort().param());
        }
        query.brands().forEach(brand -> url.queryParam("brand", brand));
        if (query.price() != null) {
            url.queryParam("price", query.price().param());
        }
        query.options().forEach((axis, values) -> values.forEach(value -> url.queryParam("option", axis + ":" + value)));
        if (query.inStockOnly()) {
            url.queryParam("inStock", "true");
        }
        if (query.page() > 1) {
            url.queryParam("page", query.page());
        }
        return url.encode().build().toUriString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
