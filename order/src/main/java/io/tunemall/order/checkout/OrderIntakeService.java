package io.tunemall.order.checkout;

import io.tunemall.catalog.api.OutOfStock;
import io.tunemall.catalog.api.Purchasable;
import io.tunemall.catalog.api.Purchasables;
import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CheckoutRejected;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.OrderIntake;
import io.tunemall.order.api.OrderPayments;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.order.api.SubmittedOrder;
import io.tunemall.order.order.Order;
import io.tunemall.order.order.OrderNumbers;
import io.tunemall.order.order.OrderProperties;
import io.tunemall.order.pricing.PricePipeline;
import io.tunemall.order.pricing.PriceSheet;
import io.tunemall.order.pricing.PricingItem;
import io.tunemall.order.pricing.PricingRequest;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.order.OrderCandidate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders submitted by integrations: the lines are looked up by SKU, priced by the same pipeline as a checkout (no
 * coupon, no points: those are the shopper's own choices), checked by the same validators and placed by the same
 * {@link OrderPlacement} transaction, then, for money collected outside, marked paid in that transaction too.
 */
@Service
class OrderIntakeService implements OrderIntake {

    private final Purchasables purchasables;
    private final PricePipeline pipeline;
    private final OrderValidation validation;
    private final OrderNumbers numbers;
    private final OrderPlacement placement;
    private final OrderPayments payments;
    private final OrderProperties properties;
    private final ShopClock clock;

    OrderIntakeService(Purchasables purchasables, PricePipeline pipeline, OrderValidation validation,
            OrderNumbers numbers, OrderPlacement placement, OrderPayments payments, OrderProperties properties,
            ShopClock clock) {
        this.purchasables = purchasables;
        this.pipeline = pipeline;
        this.validation = validation;
        this.numbers = numbers;
        this.placement = placement;
        this.payments = payments;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PlacedOrder submit(SubmittedOrder submitted) {
        CheckoutRequest request = new CheckoutRequest(submitted.orderer(), submitted.address(),
                submitted.deliveryMessage(), null, Money.ZERO, null, submitted.expectedAmount(), null,
                submitted.locale());
        // Not a guest checkout as far as fields go: an integration's guest has no order password to look it up with.
        List<CheckoutProblem> problems = new ArrayList<>(CheckoutRequestCheck.problems(request, false));
        Map<String, Integer> quantities = quantities(submitted, problems);
        Map<String, Purchasable> variants = purchasables.bySkus(quantities.keySet());
        List<PricingItem> items = new ArrayList<>();
        quantities.forEach((sku, quantity) -> {
            Purchasable variant = variants.get(sku);
            if (variant == null) {
                problems.add(CheckoutProblem.of("lines", "unknown-sku", sku));
            } else if (!variant.buyable()) {
                problems.add(CheckoutProblem.of("lines", "not-on-sale", sku));
            } else {
                items.add(new PricingItem(variant, quantity));
            }
        });
        if (!problems.isEmpty()) {
            throw new CheckoutRejected(problems, List.of());
        }
        Instant now = clock.now();
        PriceSheet sheet = priced(submitted, request, items, now);
        if (submitted.expectedAmount() != null && !submitted.expectedAmount().equals(sheet.finalAmount())) {
            throw new CheckoutRejected(List.of(CheckoutProblem.of("", "amount-changed", sheet.finalAmount().won())),
                    List.of());
        }
        List<CheckoutProblem> refusals = refusals(submitted, sheet);
        if (!refusals.isEmpty()) {
            throw new CheckoutRejected(refusals, List.of());
        }
        Order order;
        try {
            order = placement.placeWithoutCart(numbers.next(), submitted.memberId(), request, sheet, now,
                    submitted.actor());
        } catch (OutOfStock shortage) {
            throw new CheckoutRejected(shortage.shortages().stream().map(s -> CheckoutProblem.of("lines",
                    "out-of-stock", s.sku(), s.requested(), s.available())).toList(), List.of());
        }
        if (submitted.payment() != null) {
            payments.markPaid(order.orderNumber(), submitted.payment().reference(), order.amounts().charged(),
                    submitted.payment().method());
        }
        return new PlacedOrder(order.orderNumber(), submitted.payment() == null ? order.state()
                : OrderState.PAID, order.amounts().charged(), null);
    }

    private Map<String, Integer> quantities(SubmittedOrder submitted, List<CheckoutProblem> problems) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        if (submitted.lines().isEmpty()) {
            problems.add(CheckoutProblem.of("lines", "required"));
        }
        for (SubmittedOrder.Line line : submitted.lines()) {
            if (line.sku() == null || line.sku().isBlank()) {
                problems.add(CheckoutProblem.of("lines", "required"));
            } else if (line.quantity() < 1 || line.quantity() > properties.maxQuantityPerLine()) {
                problems.add(CheckoutProblem.of("lines", "quantity", line.sku(), 1, properties.maxQuantityPerLine()));
            } else {
                quantities.merge(line.sku().strip(), line.quantity(), Integer::sum);
            }
        }
        return quantities;
    }

    private PriceSheet priced(SubmittedOrder submitted, CheckoutRequest request, List<PricingItem> items, Instant now) {
        try {
            return pipeline.price(new PricingRequest(items, submitted.memberId(), request.postalCode().strip(), null,
                    Money.ZERO, now, request.locale()));
        } catch (ShopException failed) {
            throw new CheckoutRejected(List.of(CheckoutProblem.of("", "pricing-failed", failed.getMessage())), List.of());
        }
    }

    private List<CheckoutProblem> refusals(SubmittedOrder submitted, PriceSheet sheet) {
        try {
            return validation.refusals(new OrderCandidate(submitted.memberId(), sheet.lines(), sheet.orderAmount(),
                    sheet.finalAmount(), sheet.postalCode().orElse(null), submitted.locale(), true));
        } catch (ShopException failed) {
            return List.of(CheckoutProblem.of("", "refused", failed.getMessage()));
        }
    }
}
