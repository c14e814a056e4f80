package io.tunemall.catalog.api;

/**
 * A category as the admin tree shows it.
 *
 * @param depth 0 for a top-level category, 1 for its children and so on
 * @param products products filed directly in this category
 */
public record CategoryRow(long id, Long parentId, String name, String slug, int sortOrder, boolean visible, int depth,
        long products) {
}
