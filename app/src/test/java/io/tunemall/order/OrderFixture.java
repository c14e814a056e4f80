package io.tunemall.order;

import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.catalog.category.Categories;
import io.tunemall.catalog.category.Category;
import io.tunemall.catalog.product.Product;
import io.tunemall.catalog.product.Products;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Carts;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.Orderer;
import io.tunemall.order.api.ShippingAddress;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Products and carts a test owns, with unique names and SKUs, and the checkout form a shopper fills in. Products are
 * written the way the admin console writes them (catalog repositories, ProductChanged), carts through the order api.
 */
public final class OrderFixture {

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private final Categories categories;
    private final Products products;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Carts carts;

    public OrderFixture(ApplicationContext context) {
        this.categories = context.getBean(Categories.class);
        this.products = context.getBean(Products.class);
        this.transaction = context.getBean(TransactionTemplate.class);
        this.events = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.carts = context.getBean(Carts.class);
    }

    public String sku(String name) {
        return name.toUpperCase() + "-" + suffix.toUpperCase();
    }

    public String slug(String name) {
        return name + "-" + suffix;
    }

    /** A product on sale with one variant per SKU name and its stock, all at the product's price. */
    public long product(String name, long price, long listPrice, Map<String, Integer> stockBySkuName) {
        return transaction.execute(status -> {
            Category category = categories.save(new Category(null, "주문 " + suffix + " " + name, slug("c-" + name), 0,
                    Instant.now()));
            Product product = new Product(category.id(), name + " " + suffix, slug(name), null, Money.won(price),
                    Money.won(listPrice), Instant.parse("2001-01-01T00:00:00Z"));
            stockBySkuName.keySet().forEach(option -> product.addOptionValue("사이즈", option));
            stockBySkuName.forEach((option, stock) -> product.addVariant(sku(name + "-" + option), option, Money.ZERO, stock));
            Product saved = products.save(product);
            events.publishEvent(new ProductChanged(saved.id(), Instant.now()));
            return saved.id();
        });
    }

    public long product(String name, long price, int stock) {
        Map<String, Integer> variants = new LinkedHashMap<>();
        variants.put("M", stock);
        return product(name, price, price, variants);
    }

    /** Marks a product tax-free (면세), as the owner does in the product form. */
    public void taxFree(long productId) {
        transaction.executeWithoutResult(status -> {
            Product product = products.findById(productId).orElseThrow();
            product.taxedAs(true);
            products.save(product);
            events.publishEvent(new ProductChanged(productId, Instant.now()));
        });
    }

    public long variantId(String sku) {
        return jdbc.queryForObject("SELECT id FROM product_variant WHERE sku = ?", Long.class, sku);
    }

    public int stock(String sku) {
        return jdbc.queryForObject("SELECT stock FROM product_variant WHERE sku = ?", Integer.class, sku);
    }

    /** A new guest's cart holding the given units of a SKU. */
    public CartOwner guestCartWith(String sku, int quantity) {
        return carts.add(CartOwner.newGuest(), variantId(sku), quantity).owner();
    }

    /** What a guest types into the checkout form, to a Seoul address (no surcharge). */
    public static CheckoutRequest guestCheckout(String password) {
        return checkout("04524", password);
    }

    public static CheckoutRequest checkout(String postalCode, String password) {
        return new CheckoutRequest(new Orderer("홍길동", "010-1234-5678", "hong@example.com"),
                new ShippingAddress("김수령", "010-9876-5432", postalCode, "서울특별시 중구 세종대로 110", "3층 301호"),
                "문 앞에 놓아 주세요", password, Money.ZERO, null, null, UUID.randomUUID().toString(), Locale.KOREAN);
    }
}
