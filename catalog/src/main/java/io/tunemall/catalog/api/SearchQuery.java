package io.tunemall.catalog.api;

import java.io.Serializable;

/**
 * What a shopper searched for: the text, the facet filters picked (null when none), the order and the page
 * (1 = first). Values out of range are brought into range rather than rejected, so a hand-edited URL still shows
 * a page.
 *
 * @param brandId only products of this brand
 * @param categoryId only products in this category or any category below it
 * @param priceRange only products whose price falls in this band
 */
public record SearchQuery(String text, Long brandId, Long categoryId, SearchPriceBand priceRange, SearchSort sort, int page,
        int pageSize) implements Serializable {

    public static final int DEFAULT_PAGE_SIZE = 24;
    public static final int MAX_PAGE_SIZE = 60;
    /** Longer text is cut: nobody types more into a search box, and it bounds the work one request can cause. */
    public static final int MAX_TEXT_LENGTH = 100;
    /** Deep pages cost the index more and nobody reads them; the last reachable result is number 10,000. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchQuery {
        text = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        pageSize = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        page = Math.max(1, Math.min(page, MAX_RESULT_WINDOW / pageSize));
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, SearchSort.RELEVANCE, 1, DEFAULT_PAGE_SIZE);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    public int offset() {
        return (page - 1) * pageSize;
    }

    public SearchQuery withBrand(Long brand) {
        return new SearchQuery(text, brand, categoryId, priceRange, sort, 1, pageSize);
    }

    public SearchQuery withCategory(Long category) {
        return new SearchQuery(text, brandId, category, priceRange, sort, 1, pageSize);
    }

    public SearchQuery withPriceRange(SearchPriceBand range) {
        return new SearchQuery(text, brandId, categoryId, range, sort, 1, pageSize);
    }

    public SearchQuery withSort(SearchSort order) {
        return new SearchQuery(text, brandId, categoryId, priceRange, order, 1, pageSize);
    }

    public SearchQuery withPage(int number) {
        return new SearchQuery(text, brandId, categoryId, priceRange, sort, number, pageSize);
    }
}
