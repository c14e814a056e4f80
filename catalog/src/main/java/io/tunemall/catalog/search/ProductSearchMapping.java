package io.tunemall.catalog.search;

import io.tunemall.catalog.product.Product;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps {@link Product} to the {@value #INDEX} index in code ({@code hibernate.search.mapping.configurer}) rather than
 * with annotations, so the entity stays about the catalog. Every product is indexed whatever its status; searches
 * filter on {@value #STATUS}, so hiding a product is an ordinary update.
 */
public class ProductSearchMapping implements HibernateOrmSearchMappingConfigurer {

    /**
     * Bump when the fields or analyzers change: a node that finds an index written under another version rebuilds it
     * on start (see {@link SearchIndexStartup}).
     */
    static final int VERSION = 1;

    static final String INDEX = "product";

    static final String NAME = "name";
    static final String NAME_PREFIXES = "namePrefixes";
    static final String NAME_PART_PREFIXES = "namePartPrefixes";
    static final String SUMMARY = "summary";
    static final String TAGS = "tags";
    static final String TAG = "tag";
    static final String STATUS = "status";
    static final String PRICE = "price";
    static final String CREATED_AT = "createdAt";
    static final String POPULARITY = "popularity";
    static final String BRAND_ID = "brandId";
    static final String CATEGORY_ID = "categoryId";
    // Written by ProductDocumentBridge: values that live outside the product row.
    static final String BRAND_NAME = "brandName";
    static final String BRAND_KEY = "brandKey";
    static final String CATEGORY_IDS = "categoryIds";
    static final String CATEGORY_NAMES = "categoryNames";
    static final String CATEGORY_KEY = "categoryKey";
    static final String OPTION_VALUES = "optionValues";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep product = context.programmaticMapping().type(Product.class);
        product.indexed().index(INDEX);
        product.binder(new ProductDocumentBridge.Binder());
        product.property("name")
                .fullTextField(NAME).analyzer(KoreanAnalysis.KOREAN).projectable(Projectable.YES)
                .fullTextField(NAME_PREFIXES).analyzer(KoreanAnalysis.AUTOCOMPLETE)
                        .searchAnalyzer(KoreanAnalysis.AUTOCOMPLETE_QUERY)
                .fullTextField(NAME_PART_PREFIXES).analyzer(KoreanAnalysis.AUTOCOMPLETE_PARTS)
                        .searchAnalyzer(KoreanAnalysis.AUTOCOMPLETE_QUERY);
        product.property("summary").fullTextField(SUMMARY).analyzer(KoreanAnalysis.KOREAN);
        product.property("tags")
                .fullTextField(TAGS).analyzer(KoreanAnalysis.KOREAN)
                .keywordField(TAG).normalizer(KoreanAnalysis.LOWERCASE);
        product.property("status").keywordField(STATUS);
        product.property("price").genericField(PRICE).sortable(Sortable.YES).aggregable(Aggregable.YES);
        product.property("createdAt").genericField(CREATED_AT).sortable(Sortable.YES);
        product.property("popularity").genericField(POPULARITY).sortable(Sortable.YES);
        product.property("brandId").genericField(BRAND_ID).aggregable(Aggregable.YES);
        product.property("categoryId").genericField(CATEGORY_ID).aggregable(Aggregable.YES);
    }
}
