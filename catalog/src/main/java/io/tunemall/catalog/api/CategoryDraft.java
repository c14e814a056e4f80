package io.tunemall.catalog.api;

/**
 * A category as the owner wants it saved.
 *
 * @param parentId the parent category, or null for a top-level one
 * @param sortOrder the place among its siblings, smaller first
 * @param visible whether shoppers see it in the menu
 */
public record CategoryDraft(Long parentId, String name, String slug, int sortOrder, boolean visible) {
}
