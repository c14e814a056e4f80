package io.tunemall.catalog.api;

/**
 * Product search for the storefront and the storefront API: Korean and English text, facets, sorting, paging and
 * autocomplete. Only products on sale or sold out are found. Results are cached and cleared with every catalog change.
 */
public interface ProductSearch {

    /** The products matching the query's text and filters, one page of them, with facet counts over all matches. */
    SearchResult search(SearchQuery query);

    /** Product names starting with what the shopper has typed so far (청 → 남성 스키니 청바지, ...), best first. */
    SearchSuggestions suggest(String prefix);
}
