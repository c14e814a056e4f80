package io.tunemall.catalog.search;

import io.tunemall.catalog.brand.Brand;
import io.tunemall.catalog.category.Category;
import io.tunemall.catalog.product.Product;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes what a product's document needs from outside the product row: its brand's name, its category and the
 * categories above it, and its option values. Products refer to brands and categories by id, so the names are read
 * from the indexing session; a renamed brand or category reaches the index through {@link SearchIndexUpdates}, which
 * compares the {@value ProductSearchMapping#BRAND_KEY} and {@value ProductSearchMapping#CATEGORY_KEY} of indexed
 * products with the catalog.
 */
class ProductDocumentBridge implements TypeBridge<Product> {

    /** Deeper than any real category tree; stops a corrupt parent loop from hanging the indexer. */
    private static final int DEEPEST_CATEGORY = 10;

    private final IndexFieldReference<String> brandName;
    private final IndexFieldReference<String> brandKey;
    private final IndexFieldReference<Long> categoryIds;
    private final IndexFieldReference<String> categoryNames;
    private final IndexFieldReference<String> categoryKey;
    private final IndexFieldReference<String> optionValues;

    private ProductDocumentBridge(TypeBindingContext context) {
        var schema = context.indexSchemaElement();
        var types = context.typeFactory();
        var text = types.asString().analyzer(KoreanAnalysis.KOREAN).toIndexFieldType();
        var key = types.asString().aggregable(Aggregable.YES).projectable(Projectable.NO).toIndexFieldType();
        brandName = schema.field(ProductSearchMapping.BRAND_NAME, text).toReference();
        brandKey = schema.field(ProductSearchMapping.BRAND_KEY, key).toReference();
        categoryIds = schema.field(ProductSearchMapping.CATEGORY_IDS, types.asLong().toIndexFieldType())
                .multiValued().toReference();
        categoryNames = schema.field(ProductSearchMapping.CATEGORY_NAMES, text).multiValued().toReference();
        categoryKey = schema.field(ProductSearchMapping.CATEGORY_KEY, key).toReference();
        optionValues = schema.field(ProductSearchMapping.OPTION_VALUES, text).multiValued().toReference();
    }

    @Override
    public void write(DocumentElement target, Product product, TypeBridgeWriteContext context) {
        Session session = context.extension(HibernateOrmExtension.get()).session();
        if (product.brandId() != null) {
            Brand brand = session.find(Brand.class, product.brandId());
            if (brand != null) {
                target.addValue(brandName, brand.name());
                target.addValue(brandKey, brandKey(brand.id(), brand.name()));
            }
        }
        List<Category> path = categoryPath(id -> session.find(Category.class, id), product.categoryId());
        path.forEach(category -> {
            target.addValue(categoryIds, category.id());
            target.addValue(categoryNames, category.name());
        });
        if (!path.isEmpty()) {
            target.addValue(categoryKey, categoryKey(path));
        }
        product.optionValues().forEach(value -> target.addValue(optionValues, value));
    }

    static String brandKey(long id, String name) {
        return id + ":" + name;
    }

    /** The product's category and every category above it, nearest first, as one comparable text. */
    static String categoryKey(List<Category> path) {
        StringBuilder key = new StringBuilder();
        for (Category category : path) {
            key.append(key.isEmpty() ? "" : "/").append(category.id()).append(':').append(category.name());
        }
        return key.toString();
    }

    /** The category and its ancestors, nearest first. */
    static List<Category> categoryPath(Function<Long, Category> find, Long categoryId) {
        List<Category> path = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long next = categoryId;
        while (next != null && seen.add(next) && path.size() < DEEPEST_CATEGORY) {
            Category category = find.apply(next);
            if (category == null) {
                break;
            }
            path.add(category);
            next = category.parentId();
        }
        return path;
    }

    /** Declares the fields and what the document depends on, so Hibernate Search reindexes when those change. */
    static class Binder implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies().use("brandId").use("categoryId").use("options.value");
            context.bridge(Product.class, new ProductDocumentBridge(context));
        }
    }
}
