package io.tunemall.catalog.api;

import java.util.List;

/**
 * The owner's writes to the category tree and the brand list. Every write checks its draft whole, saves all or
 * nothing, and publishes {@link CategoriesChanged} in its transaction so that menus and listings are rebuilt.
 * Failures are {@link CatalogRejection}s naming the field.
 */
public interface AssortmentAdministration {

    /** Every category, visible or not, in tree order: each parent followed by its children in the owner's order. */
    List<CategoryRow> categories();

    long createCategory(CategoryDraft draft);

    void updateCategory(long id, CategoryDraft draft);

    /** Deletes an empty category; one with products or sub-categories is refused. */
    void deleteCategory(long id);

    /** Every brand by name. */
    List<BrandRow> brands();

    long createBrand(BrandDraft draft);

    void updateBrand(long id, BrandDraft draft);

    /** Deletes a brand that no product carries; one in use is refused. */
    void deleteBrand(long id);
}
