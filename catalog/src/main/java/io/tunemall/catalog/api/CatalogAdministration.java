package io.tunemall.catalog.api;

import java.util.List;
import java.util.Optional;

/**
 * The owner's writes to the products of the catalog, for the admin console and imports. Every write checks the whole
 * draft first, saves all of it or nothing, and publishes {@link ProductChanged} in its transaction (so the storefront
 * caches are cleared after commit).
 */
public interface CatalogAdministration {

    /** One page of products that match the filter. */
    ProductPage products(ProductFilter filter, PageSpec page);

    Optional<EditableProduct> product(long id);

    /**
     * Everything wrong with the draft, without saving anything: for a form that also has its own problems to show.
     * Uploaded images are checked too.
     *
     * @param productId the product being edited, or null for a new one
     */
    List<FieldProblem> check(Long productId, ProductDraft draft);

    /**
     * Saves a new product.
     *
     * @return the new product's id
     * @throws CatalogRejection listing every problem of the draft; nothing is saved
     */
    long create(ProductDraft draft);

    /**
     * Replaces a product with the draft: images and variants the draft leaves out are removed.
     *
     * @param expectedVersion the version the owner started from ({@link EditableProduct#version()})
     * @throws CatalogRejection listing every problem, or that the product was changed meanwhile; nothing is saved
     */
    void update(long id, long expectedVersion, ProductDraft draft);

    /**
     * Changes some of a product's own fields and keeps the rest, its variants and their stock included; the result
     * is checked by the same rules as {@link #update}.
     *
     * @param expectedVersion the version the caller started from ({@link EditableProduct#version()})
     * @throws CatalogRejection listing every problem, or that the product was changed meanwhile; nothing is saved
     */
    void revise(long id, long expectedVersion, ProductRevision revision);
}
