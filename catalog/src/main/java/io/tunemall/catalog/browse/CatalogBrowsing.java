package io.tunemall.catalog.browse;

import io.tunemall.catalog.api.CatalogCounts;
import io.tunemall.catalog.api.CatalogQueries;
import io.tunemall.catalog.api.CategorySummary;
import io.tunemall.catalog.api.ProductCard;
import io.tunemall.catalog.cache.CatalogCaches;
import io.tunemall.catalog.category.Categories;
import io.tunemall.catalog.category.Category;
import io.tunemall.catalog.product.Product;
import io.tunemall.catalog.product.ProductStatus;
import io.tunemall.catalog.product.Products;
import io.tunemall.platform.media.MediaStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog as the storefront reads it. Results are cached on the hot paths; admin writes evict them. */
@Service
class CatalogBrowsing implements CatalogQueries {

    private static final String NO_IMAGE = "/img/no-image.svg";

    private final Categories categories;
    private final Products products;
    private final MediaStore media;

    CatalogBrowsing(Categories categories, Products products, MediaStore media) {
        this.categories = categories;
        this.products = products;
        this.media = media;
    }

    @Override
    @Cacheable(CatalogCaches.MENU)
    @Transactional(readOnly = true)
    public List<CategorySummary> categoryMenu() {
        List<Category> visible = categories.findByVisibleTrueOrderBySortOrderAscIdAsc();
        Map<Long, List<Category>> byParent = new LinkedHashMap<>();
        for (Category category : visible) {
            byParent.computeIfAbsent(category.parentId() == null ? 0L : category.parentId(), k -> new ArrayList<>())
                    .add(category);
        }
        return tree(0L, byParent);
    }

    private static List<CategorySummary> tree(long parent, Map<Long, List<Category>> byParent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .sorted(Comparator.comparingInt(Category::sortOrder))
                .map(c -> new CategorySummary(c.id(), c.name(), c.slug(), tree(c.id(), byParent)))
                .toList();
    }

    @Override
    @Cacheable(CatalogCaches.NEW_ARRIVALS)
    @Transactional(readOnly = true)
    public List<ProductCard> newArrivals(int limit) {
        return products.findByStatusInOrderByCreatedAtDescIdDesc(
                        EnumSet.of(ProductStatus.ON_SALE, ProductStatus.SOLD_OUT), PageRequest.of(0, limit))
                .stream()
                .map(this::card)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CatalogCounts counts() {
        return new CatalogCounts(products.count(), products.countByStatus(ProductStatus.ON_SALE), categories.count());
    }

    private ProductCard card(Product product) {
        String image = product.cardImagePath().map(media::url).orElse(NO_IMAGE);
        return new ProductCard(product.id(), product.name(), product.slug(), product.price(), product.listPrice(), image,
                product.soldOut());
    }
}
