package io.tunemall.search;

import io.tunemall.catalog.api.CategoriesChanged;
import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.catalog.brand.Brand;
import io.tunemall.catalog.brand.Brands;
import io.tunemall.catalog.category.Categories;
import io.tunemall.catalog.category.Category;
import io.tunemall.catalog.product.Product;
import io.tunemall.catalog.product.ProductStatus;
import io.tunemall.catalog.product.Products;
import io.tunemall.sdk.Money;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes catalog data for the search tests the way the catalog's own writers do: in a transaction that publishes
 * {@link ProductChanged} or {@link CategoriesChanged}. Products are dated long ago so they never show among the
 * storefront's new arrivals that other tests look at.
 */
@Component
public class SearchTestCatalog {

    static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private final Products products;
    private final Brands brands;
    private final Categories categories;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    SearchTestCatalog(Products products, Brands brands, Categories categories, EntityManager entityManager,
            ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.products = products;
        this.brands = brands;
        this.categories = categories;
        this.entityManager = entityManager;
        this.events = events;
        this.transaction = transaction;
    }

    /** A word no other test uses and Nori keeps whole (Latin letters only), to search for one test's products. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("qz");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    long category(Long parent, String name) {
        return transaction.execute(status -> {
            long id = categories.save(new Category(parent, name, uniqueWord(), 99, LONG_AGO)).id();
            events.publishEvent(new CategoriesChanged(Instant.now()));
            return id;
        });
    }

    long brand(String name) {
        return transaction.execute(status -> {
            long id = brands.save(new Brand(name, uniqueWord(), LONG_AGO)).id();
            events.publishEvent(new CategoriesChanged(Instant.now()));
            return id;
        });
    }

    long product(String name, long categoryId, Long brandId, long price, List<String> tags) {
        return transaction.execute(status -> {
            Product product = new Product(categoryId, name, uniqueWord(), "검색 테스트용 상품", Money.won(price),
                    Money.won(price), LONG_AGO);
            product.brandedAs(brandId);
            tags.forEach(product::tag);
            product.addOptionValue("색상", "블랙");
            product.addVariant(uniqueWord().toUpperCase(), "블랙", Money.ZERO, 5);
            long id = products.save(product).id();
            events.publishEvent(new ProductChanged(id, Instant.now()));
            return id;
        });
    }

    void tag(long productId, String tag) {
        transaction.executeWithoutResult(status -> {
            products.findById(productId).orElseThrow().tag(tag);
            events.publishEvent(new ProductChanged(productId, Instant.now()));
        });
    }

    void renameBrand(long brandId, String name) {
        transaction.executeWithoutResult(status -> {
            Brand brand = brands.findById(brandId).orElseThrow();
            brand.rename(name, brand.slug());
            events.publishEvent(new CategoriesChanged(Instant.now()));
        });
    }

    /** A change made in SQL behind the entities' back, as a bulk import or a stock update does. */
    void renameInBulk(long productId, String name) {
        bulkUpdate("update Product p set p.name = :value where p.id = :id", name, productId);
    }

    void setStatusInBulk(long productId, ProductStatus status) {
        bulkUpdate("update Product p set p.status = :value where p.id = :id", status, productId);
    }

    void deleteInBulk(long productId) {
        transaction.executeWithoutResult(status -> {
            for (String table : List.of("product_variant", "product_option", "product_tag", "product_image")) {
                entityManager.createNativeQuery("delete from " + table + " where product_id = ?1")
                        .setParameter(1, productId).executeUpdate();
            }
            entityManager.createNativeQuery("delete from product where id = ?1").setParameter(1, productId)
                    .executeUpdate();
            events.publishEvent(new ProductChanged(productId, Instant.now()));
        });
    }

    private void bulkUpdate(String update, Object value, long productId) {
        transaction.executeWithoutResult(status -> {
            entityManager.createQuery(update).setParameter("value", value).setParameter("id", productId)
                    .executeUpdate();
            events.publishEvent(new ProductChanged(productId, Instant.now()));
        });
    }
}
