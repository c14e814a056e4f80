package io.tunemall.catalog.demo;

import io.tunemall.catalog.category.Categories;
import io.tunemall.catalog.category.Category;
import io.tunemall.catalog.product.Product;
import io.tunemall.catalog.product.Products;
import io.tunemall.platform.media.MediaStore;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty shop with the demo assortment on start ({@code tunemall.demo-data=true}, the embedded default), so a
 * first run shows a real storefront. A shop that has any category is never touched.
 */
@Component
@ConditionalOnBooleanProperty("tunemall.demo-data")
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final Categories categories;
    private final Products products;
    private final MediaStore media;
    private final ShopClock clock;
    private final TransactionTemplate transaction;

    DemoCatalog(Categories categories, Products products, MediaStore media, ShopClock clock,
            TransactionTemplate transaction) {
        this.categories = categories;
        this.products = products;
        this.media = media;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (categories.count() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded the demo shop: {} categories, {} products", DemoAssortment.CATEGORIES.size(),
                DemoAssortment.PRODUCTS.size());
    }

    private void load() {
        Instant now = clock.now();
        Map<String, Long> categoryIds = new HashMap<>();
        int order = 0;
        for (DemoAssortment.DemoCategory demo : DemoAssortment.CATEGORIES) {
            Category saved = categories.save(new Category(null, demo.name(), demo.slug(), order++, now));
            categoryIds.put(demo.slug(), saved.id());
        }
        List<DemoProduct> assortment = DemoAssortment.PRODUCTS;
        for (int i = 0; i < assortment.size(); i++) {
            // Older products first, a second apart, so "new arrivals" has a stable order.
            products.save(product(assortment.get(i), categoryIds, now.minusSeconds(assortment.size() - i)));
        }
    }

    private Product product(DemoProduct demo, Map<String, Long> categoryIds, Instant createdAt) {
        Product product = new Product(categoryIds.get(demo.category()), demo.name(), demo.slug(), demo.summary(),
                Money.won(demo.price()), Money.won(demo.listPrice()), createdAt);
        List<String> colours = demo.colours().isEmpty() ? Collections.singletonList(null) : demo.colours();
        demo.colours().forEach(colour -> product.addOptionValue("색상", colour));
        demo.sizes().forEach(size -> product.addOptionValue(demo.sizeAxis(), size));
        int variant = 0;
        for (String colour : colours) {
            for (String size : demo.sizes()) {
                String label = colour == null ? size : colour + " / " + size;
                // Every seventh variant is sold out, so the storefront has sold-out options to show.
                int stock = ++variant % 7 == 0 ? 0 : 5 + variant % 20;
                product.addVariant(demo.slug().toUpperCase() + "-" + variant, label, Money.ZERO, stock);
            }
            String path = "demo/" + demo.slug() + (colour == null ? "" : "-" + (colours.indexOf(colour) + 1)) + ".svg";
            if (!media.exists(path)) {
                media.store(path, DemoImage.draw(demo.name(), colour));
            }
            product.addImage(colour, path, colour == null ? demo.name() : demo.name() + " " + colour);
        }
        return product;
    }
}
