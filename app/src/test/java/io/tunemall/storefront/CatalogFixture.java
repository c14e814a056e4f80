package io.tunemall.storefront;

import io.tunemall.catalog.api.CategoriesChanged;
import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.catalog.brand.Brand;
import io.tunemall.catalog.brand.Brands;
import io.tunemall.catalog.category.Categories;
import io.tunemall.catalog.category.Category;
import io.tunemall.catalog.product.Product;
import io.tunemall.catalog.product.Products;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Catalog data a test owns, written the way the admin console writes it: through the catalog's repositories in a
 * transaction that publishes the change event, so the storefront caches are cleared after commit. Every name carries a
 * unique suffix, so tests never see each other's data.
 */
public final class CatalogFixture {

    public static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private final Categories categories;
    private final Brands brands;
    private final Products products;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    public CatalogFixture(ApplicationContext context) {
        this.categories = context.getBean(Categories.class);
        this.brands = context.getBean(Brands.class);
        this.products = context.getBean(Products.class);
        this.transaction = context.getBean(TransactionTemplate.class);
        this.events = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    public String slug(String name) {
        return name + "-" + suffix;
    }

    public long category(String name) {
        return category(null, name);
    }

    public long category(Long parent, String name) {
        return transaction.execute(status -> {
            Category saved = categories.save(new Category(parent, name + " " + suffix, slug(name), 0, Instant.now()));
            events.publishEvent(new CategoriesChanged(Instant.now()));
            return saved.id();
        });
    }

    public long brand(String name) {
        return transaction.execute(status -> {
            Brand saved = brands.save(new Brand(name + " " + suffix, slug(name), Instant.now()));
            events.publishEvent(new CategoriesChanged(Instant.now()));
            return saved.id();
        });
    }

    /**
     * A product on sale; {@code details} adds options, variants, images, a sale. Test products are dated long ago
     * ({@code second} orders them), so the home page's new arrivals keep showing the demo shop.
     */
    public long product(long category, String name, long price, long listPrice, long second, Consumer<Product> details) {
        return transaction.execute(status -> {
            Product product = new Product(category, name + " " + suffix, slug(name), name + " 요약", Money.won(price),
                    Money.won(listPrice), LONG_AGO.plusSeconds(second));
            details.accept(product);
            Product saved = products.save(product);
            events.publishEvent(new ProductChanged(saved.id(), Instant.now()));
            return saved.id();
        });
    }

    /** An edit in the admin console: load, change, publish, commit. */
    public void edit(long productId, Consumer<Product> change) {
        transaction.executeWithoutResult(status -> {
            Product product = products.findById(productId).orElseThrow();
            change.accept(product);
            events.publishEvent(new ProductChanged(productId, Instant.now()));
        });
    }

    /** Popularity grows with sales and views, which no admin form sets; the orders module will. */
    public void popularity(long productId, long popularity) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("UPDATE product SET popularity = ? WHERE id = ?", popularity, productId);
            events.publishEvent(new ProductChanged(productId, Instant.now()));
        });
    }

    /** Statuses other than on sale come with the admin console's product editor; until then, straight in the table. */
    public void status(long productId, String status) {
        transaction.executeWithoutResult(status2 -> {
            jdbc.update("UPDATE product SET status = ? WHERE id = ?", status, productId);
            events.publishEvent(new ProductChanged(productId, Instant.now()));
        });
    }
}
