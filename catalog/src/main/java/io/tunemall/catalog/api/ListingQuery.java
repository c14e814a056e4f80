package io.tunemall.catalog.api;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which listed products a shopper wants to see: a category (with its visible sub-categories; null for the whole
 * catalog), filters, an order and a page. Filters of different kinds narrow each other (AND); several values of one
 * kind widen (OR): {@code 색상 = 블랙 or 네이비, and 사이즈 = M}. The collections are kept sorted, so equal queries have
 * equal text and share one cache entry.
 *
 * @param categoryId the category, or null for every listed product
 * @param brands brand slugs
 * @param price the price band, by the price in force now, or null
 * @param options option values by axis (색상 -> 블랙, 네이비)
 * @param inStockOnly only products that can be bought now
 * @param sort the order
 * @param page the page, from 1
 * @param size products per page, 1 to {@value #MAX_SIZE}
 */
public record ListingQuery(Long categoryId, SortedSet<String> brands, PriceRange price,
        SortedMap<String, SortedSet<String>> options, boolean inStockOnly, ListingSort sort, int page, int size)
        implements Serializable {

    public static final int DEFAULT_SIZE = 24;
    public static final int MAX_SIZE = 100;
    /**
     * How deep paging may go. Offset paging reads and skips every earlier row, so it is bounded; nobody pages through
     * ten thousand products, and the search is the way to the rest.
     */
    public static final int MAX_OFFSET = 10_000;

    public ListingQuery {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_SIZE + " products, not " + size);
        }
        if (page < 1 || page > lastReachablePage(size)) {
            throw new IllegalArgumentException("Pages run from 1 to " + lastReachablePage(size) + ", not " + page);
        }
        brands = Collections.unmodifiableSortedSet(new TreeSet<>(brands == null ? Collections.emptySet() : brands));
        SortedMap<String, SortedSet<String>> sorted = new TreeMap<>();
        if (options != null) {
            options.forEach((axis, values) -> {
                if (!values.isEmpty()) {
                    sorted.put(axis, Collections.unmodifiableSortedSet(new TreeSet<>(values)));
                }
            });
        }
        options = Collections.unmodifiableSortedMap(sorted);
        sort = sort == null ? ListingSort.NEW : sort;
    }

    /** The highest page number a listing with this page size can be asked for. */
    public static int lastReachablePage(int size) {
        return MAX_OFFSET / size;
    }

    public int offset() {
        return (page - 1) * size;
    }

    public boolean filtered() {
        return !brands.isEmpty() || price != null || !options.isEmpty() || inStockOnly;
    }

    public ListingQuery withPage(int newPage) {
        return new ListingQuery(categoryId, brands, price, options, inStockOnly, sort, newPage, size);
    }

    /** Options from repeated {@code axis:value} parameters, grouped by axis. */
    public static SortedMap<String, SortedSet<String>> optionsFrom(Collection<String> axisValuePairs) {
        SortedMap<String, SortedSet<String>> grouped = new TreeMap<>();
        for (String pair : axisValuePairs) {
            int colon = pair.indexOf(':');
            if (colon > 0 && colon < pair.length() - 1) {
                grouped.computeIfAbsent(pair.substring(0, colon), k -> new TreeSet<>()).add(pair.substring(colon + 1));
            }
        }
        return grouped;
    }

    public boolean selects(String axis, String value) {
        return options.getOrDefault(axis, Collections.emptySortedSet()).contains(value);
    }
}
