package io.tunemall.catalog.search;

import static io.tunemall.catalog.search.ProductSearchMapping.BRAND_ID;
import static io.tunemall.catalog.search.ProductSearchMapping.BRAND_NAME;
import static io.tunemall.catalog.search.ProductSearchMapping.CATEGORY_IDS;
import static io.tunemall.catalog.search.ProductSearchMapping.CATEGORY_NAMES;
import static io.tunemall.catalog.search.ProductSearchMapping.CREATED_AT;
import static io.tunemall.catalog.search.ProductSearchMapping.NAME;
import static io.tunemall.catalog.search.ProductSearchMapping.NAME_PART_PREFIXES;
import static io.tunemall.catalog.search.ProductSearchMapping.NAME_PREFIXES;
import static io.tunemall.catalog.search.ProductSearchMapping.OPTION_VALUES;
import static io.tunemall.catalog.search.ProductSearchMapping.POPULARITY;
import static io.tunemall.catalog.search.ProductSearchMapping.PRICE;
import static io.tunemall.catalog.search.ProductSearchMapping.STATUS;
import static io.tunemall.catalog.search.ProductSearchMapping.SUMMARY;
import static io.tunemall.catalog.search.ProductSearchMapping.TAG;
import static io.tunemall.catalog.search.ProductSearchMapping.TAGS;

import io.tunemall.catalog.api.ProductCard;
import io.tunemall.catalog.api.ProductSearch;
import io.tunemall.catalog.api.SearchQuery;
import io.tunemall.catalog.api.SearchResult;
import io.tunemall.catalog.api.SearchSuggestions;
import io.tunemall.catalog.cache.CatalogCaches;
import io.tunemall.catalog.product.Product;
import io.tunemall.catalog.product.ProductStatus;
import io.tunemall.platform.media.MediaStore;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Product search over the Hibernate Search index; hits are loaded from the database, so cards show current data. */
@Service
class CatalogProductSearch implements ProductSearch {

    static final Set<ProductStatus> FINDABLE = EnumSet.of(ProductStatus.ON_SALE, ProductStatus.SOLD_OUT);
    static final int MAX_SUGGESTIONS = 8;
    static final int MAX_PREFIX_LENGTH = 30;
    private static final String NO_IMAGE = "/img/no-image.svg";
    /** Shoppers type words, not query syntax: only whitespace splits terms, and "+", "-", "*" or quotes are text. */
    private static final Set<SimpleQueryFlag> PLAIN_WORDS = EnumSet.of(SimpleQueryFlag.WHITESPACE);

    private final EntityManager entityManager;
    private final SearchBoosting boosting;
    private final SearchFacets facets;
    private final MediaStore media;

    CatalogProductSearch(EntityManager entityManager, SearchBoosting boosting, SearchFacets facets, MediaStore media) {
        this.entityManager = entityManager;
        this.boosting = boosting;
        this.facets = facets;
        this.media = media;
    }

    @Override
    @Cacheable(CatalogCaches.SEARCH)
    @Transactional(readOnly = true)
    public SearchResult search(SearchQuery query) {
        if (query.isBlank()) {
            return SearchResult.empty(query);
        }
        List<SearchBoosting.Boost> boosts = boosting.boostsFor(query);
        var result = Search.session(entityManager).search(Product.class)
                .where(f -> matching(f, query, boosts))
                .sort(f -> order(f, query))
                .aggregation(SearchFacets.BRANDS, facets::brands)
                .aggregation(SearchFacets.CATEGORIES, facets::categories)
                .aggregation(SearchFacets.PRICES, facets::prices)
                .fetch(query.offset(), query.pageSize());
        List<ProductCard> cards = result.hits().stream().map(this::card).toList();
        return new SearchResult(query, cards, result.total().hitCount(), facets.brandsOf(result),
                facets.categoriesOf(result), facets.pricesOf(result));
    }

    @Override
    @Cacheable(cacheNames = CatalogCaches.SEARCH, key = "'suggest:' + #prefix")
    @Transactional(readOnly = true)
    public SearchSuggestions suggest(String prefix) {
        String typed = prefix == null ? "" : prefix.strip().replaceAll("\\s+", " ");
        if (typed.isEmpty()) {
            return new SearchSuggestions("", List.of());
        }
        typed = typed.length() > MAX_PREFIX_LENGTH ? typed.substring(0, MAX_PREFIX_LENGTH) : typed;
        String text = typed;
        List<String> names = Search.session(entityManager).search(Product.class)
                .select(f -> f.field(NAME, String.class))
                .where(f -> f.bool()
                        .must(f.simpleQueryString().field(NAME_PREFIXES).boost(2f).field(NAME_PART_PREFIXES)
                                .matching(text).defaultOperator(BooleanOperator.AND).flags(PLAIN_WORDS))
                        .filter(findable(f)))
                .sort(f -> f.score().then().field(POPULARITY).desc())
                .fetchHits(MAX_SUGGESTIONS * 3);
        return new SearchSuggestions(typed, names.stream().distinct().limit(MAX_SUGGESTIONS).toList());
    }

    private PredicateFinalStep matching(SearchPredicateFactory f, SearchQuery query, List<SearchBoosting.Boost> boosts) {
        var bool = f.bool()
                .must(f.simpleQueryString()
                        .field(NAME).boost(3f)
                        .field(TAGS).boost(2f)
                        .field(BRAND_NAME).boost(2f)
                        .field(CATEGORY_NAMES).boost(1.5f)
                        .field(SUMMARY)
                        .field(OPTION_VALUES)
                        .matching(query.text())
                        .defaultOperator(BooleanOperator.AND)
                        .flags(PLAIN_WORDS))
                .filter(findable(f));
        if (query.brandId() != null) {
            bool.filter(f.match().field(BRAND_ID).matching(query.brandId()));
        }
        if (query.categoryId() != null) {
            bool.filter(f.match().field(CATEGORY_IDS).matching(query.categoryId()));
        }
        if (query.priceRange() != null) {
            bool.filter(f.range().field(PRICE).range(SearchFacets.bounds(query.priceRange())));
        }
        // Boosts only add score: with a must clause present, should clauses never decide what matches.
        for (SearchBoosting.Boost boost : boosts) {
            bool.should(boostPredicate(f, boost));
        }
        return bool;
    }

    private static PredicateFinalStep boostPredicate(SearchPredicateFactory f, SearchBoosting.Boost boost) {
        float weight = boost.weight();
        return switch (boost.target()) {
            case TAG -> f.match().field(TAG).matching(boost.value()).constantScore().boost(weight);
            case BRAND -> f.match().field(BRAND_ID).matching(Long.valueOf(boost.value())).constantScore().boost(weight);
            case CATEGORY -> f.match().field(CATEGORY_IDS).matching(Long.valueOf(boost.value())).constantScore()
                    .boost(weight);
            case PRODUCT -> f.id().matching(Long.valueOf(boost.value())).constantScore().boost(weight);
        };
    }

    private static PredicateFinalStep findable(SearchPredicateFactory f) {
        return f.terms().field(STATUS).matchingAny(FINDABLE);
    }

    private static SortFinalStep order(SearchSortFactory f, SearchQuery query) {
        return switch (query.sort()) {
            case RELEVANCE -> f.score().then().field(POPULARITY).desc().then().field(CREATED_AT).desc();
            case NEW -> f.field(CREATED_AT).desc().then().score();
            case POPULAR -> f.field(POPULARITY).desc().then().score();
            case PRICE_ASC -> f.field(PRICE).asc().then().score();
            case PRICE_DESC -> f.field(PRICE).desc().then().score();
        };
    }

    private ProductCard card(Product product) {
        String image = product.mainImagePath().map(media::url).orElse(NO_IMAGE);
        return new ProductCard(product.id(), product.name(), product.slug(), product.price(), product.listPrice(), image,
                product.soldOut());
    }
}
