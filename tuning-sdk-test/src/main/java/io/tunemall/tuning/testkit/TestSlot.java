package io.tunemall.tuning.testkit;

import io.tunemall.sdk.catalog.ProductView;
import io.tunemall.sdk.view.SlotContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a template slot offers a fill, built by a test, to call {@code SlotFill.model(...)} without rendering:
 *
 * <pre>{@code
 * Map<String, Object> model = fill.model(TestSlot.of(Slots.PRODUCT_DETAIL_BOTTOM).product(view).entityId("7"));
 * }</pre>
 */
public final class TestSlot implements SlotContext {

    private final String slot;
    private ProductView product;
    private String entityId;
    private Map<String, Object> fields = Map.of();
    private Locale locale = Locale.KOREAN;

    private TestSlot(String slot) {
        this.slot = slot;
    }

    public static TestSlot of(String slot) {
        return new TestSlot(slot);
    }

    public TestSlot product(ProductView view) {
        this.product = view;
        this.entityId = String.valueOf(view.id());
        return this;
    }

    public TestSlot entityId(String id) {
        this.entityId = id;
        return this;
    }

    public TestSlot fields(Map<String, Object> values) {
        this.fields = Map.copyOf(values);
        return this;
    }

    public TestSlot locale(Locale language) {
        this.locale = language;
        return this;
    }

    @Override
    public String slot() {
        return slot;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Optional<ProductView> product() {
        return Optional.ofNullable(product);
    }

    @Override
    public Optional<String> entityId() {
        return Optional.ofNullable(entityId);
    }

    @Override
    public Map<String, Object> fields() {
        return fields;
    }
}
