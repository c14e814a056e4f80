package io.tunemall.order.checkout;

import io.tunemall.catalog.api.OutOfStock;
import io.tunemall.order.api.CartNotice;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.CartView;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.CheckoutPreview;
import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CheckoutRejected;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.PaymentRequest;
import io.tunemall.order.api.PaymentStep;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.order.cart.CartContents;
import io.tunemall.order.cart.ReviewedLine;
import io.tunemall.order.order.Order;
import io.tunemall.order.order.OrderNumbers;
import io.tunemall.order.order.OrderProperties;
import io.tunemall.order.order.Orders;
import io.tunemall.order.pricing.PricePipeline;
import io.tunemall.order.pricing.PriceSheet;
import io.tunemall.order.pricing.PricingInputs;
import io.tunemall.order.pricing.PricingItem;
import io.tunemall.order.pricing.PricingRequest;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.platform.tuning.field.BoundFields;
import io.tunemall.platform.tuning.field.CustomFields;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.order.OrderCandidate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-page checkout. Showing the page re-checks the cart (and acknowledges the changes it tells the shopper about),
 * prices it and asks the validators. Placing does all of that again, refuses when anything changed since the shopper
 * looked, and then places the order in one transaction ({@link OrderPlacement}); the order number is taken before that
 * transaction, in its own.
 */
@Service
class CheckoutService implements Checkout {

    private final CartContents carts;
    private final PricePipeline pipeline;
    private final OrderValidation validation;
    private final OrderNumbers numbers;
    private final OrderPlacement placement;
    private final Orders orders;
    private final PricingInputs benefits;
    private final PasswordEncoder passwords;
    private final ObjectProvider<PaymentStep> paymentStep;
    private final OrderProperties properties;
    private final ShopClock clock;
    private final TransactionTemplate transaction;
    private final CustomFields customFields;

    CheckoutService(CartContents carts, PricePipeline pipeline, OrderValidation validation, OrderNumbers numbers,
            OrderPlacement placement, Orders orders, PricingInputs benefits, PasswordEncoder passwords,
            ObjectProvider<PaymentStep> paymentStep, OrderProperties properties, ShopClock clock,
            PlatformTransactionManager transactions, CustomFields customFields) {
        this.customFields = customFields;
        this.carts = carts;
        this.pipeline = pipeline;
        this.validation = validation;
        this.numbers = numbers;
        this.placement = placement;
        this.orders = orders;
        this.benefits = benefits;
        this.passwords = passwords;
        this.paymentStep = paymentStep;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public List<CheckoutProblem> check(CartOwner owner, CheckoutRequest request) {
        List<CheckoutProblem> problems = new ArrayList<>(CheckoutRequestCheck.problems(request, owner.memberId() == null));
        problems.addAll(fieldProblems(orderFields(request), request.locale()));
        problems.addAll(paymentProblems(request));
        return problems;
    }

    @Override
    public CheckoutPreview preview(CartOwner owner, CheckoutRequest request) {
        Instant now = clock.now();
        List<ReviewedLine> reviewed = reviewAndAcknowledge(owner, now);
        CartView cart = new CartView(reviewed.stream().map(line -> line.view(properties.maxQuantityPerLine())).toList(),
                null, null);
        Money balance = owner.member().map(member -> benefits.points().balance(member)).orElse(Money.ZERO);
        List<PricingItem> items = items(reviewed);
        if (items.isEmpty()) {
            return new CheckoutPreview(cart, null, List.of(CheckoutProblem.of("", "cart-empty")), owner.memberId() != null,
                    balance);
        }
        List<CheckoutProblem> problems = new ArrayList<>();
        PriceSheet sheet = null;
        try {
            sheet = pipeline.price(pricing(owner, request, items, now));
        } catch (ShopException failed) {
            problems.add(CheckoutProblem.of("", "pricing-failed", failed.getMessage()));
        }
        if (sheet != null) {
            problems.addAll(refusals(owner, request, sheet, false, byModule(orderFields(request))));
        }
        return new CheckoutPreview(cart, sheet == null ? null : sheet.breakdown(), problems, owner.memberId() != null,
                balance);
    }

    @Override
    public PlacedOrder place(CartOwner owner, CheckoutRequest request) {
        Optional<PlacedOrder> twice = alreadyPlaced(request.checkoutToken());
        if (twice.isPresent()) {
            return twice.get();
        }
        List<CheckoutProblem> problems = new ArrayList<>(CheckoutRequestCheck.problems(request, owner.memberId() == null));
        BoundFields fields = orderFields(request);
        problems.addAll(fieldProblems(fields, request.locale()));
        problems.addAll(paymentProblems(request));
        Instant now = clock.now();
        List<ReviewedLine> reviewed = carts.review(owner, now);
        List<CartNotice> changes = reviewed.stream().flatMap(line -> line.notices().stream()).toList();
        if (!changes.isEmpty()) {
            transaction.executeWithoutResult(status -> carts.acknowledge(carts.review(owner, now)));
            problems.add(CheckoutProblem.of("", "cart-changed"));
            throw new CheckoutRejected(problems, changes);
        }
        List<PricingItem> items = items(reviewed);
        if (items.isEmpty()) {
            problems.add(CheckoutProblem.of("", "cart-empty"));
        }
        if (!problems.isEmpty()) {
            throw new CheckoutRejected(problems, List.of());
        }
        PriceSheet sheet = priced(owner, request, items, now);
        if (request.expectedAmount() != null && !request.expectedAmount().equals(sheet.finalAmount())) {
            throw new CheckoutRejected(List.of(CheckoutProblem.of("", "amount-changed", sheet.finalAmount().won())),
                    List.of());
        }
        Order order;
        try {
            String passwordHash = owner.memberId() == null ? passwords.encode(request.guestPassword()) : null;
            String number = numbers.next();
            // Validators run in the placing transaction: what a module takes in its own tables for this order (a
            // delivery slot) is given back when the order fails after all, for stock say.
            order = transaction.execute(status -> {
                List<CheckoutProblem> refusals = refusals(owner, request, sheet, true, byModule(fields));
                if (!refusals.isEmpty()) {
                    throw new CheckoutRejected(refusals, List.of());
                }
                Order placed = placement.place(number, owner, request, passwordHash, sheet, now);
                if (!fields.values().isEmpty()) {
                    customFields.save(EntityType.ORDER, placed.orderNumber(), fields);
                }
                return placed;
            });
        } catch (OutOfStock shortage) {
            throw new CheckoutRejected(shortage.shortages().stream().map(s -> CheckoutProblem.of("", "out-of-stock",
                    nameOf(sheet, s.sku()), s.requested(), s.available())).toList(), List.of());
        } catch (DataIntegrityViolationException duplicateToken) {
            return alreadyPlaced(request.checkoutToken()).orElseThrow(() -> duplicateToken);
        } catch (CheckoutRejected rejected) {
            throw rejected;
        } catch (ShopException refusedBenefit) {
            throw new CheckoutRejected(List.of(CheckoutProblem.of("", "refused", refusedBenefit.getMessage())), List.of());
        }
        return new PlacedOrder(order.orderNumber(), order.state(), order.amounts().charged(), beginPayment(order, request));
    }

    private List<ReviewedLine> reviewAndAcknowledge(CartOwner owner, Instant now) {
        return transaction.execute(status -> {
            List<ReviewedLine> reviewed = carts.review(owner, now);
            carts.acknowledge(reviewed);
            return reviewed;
        });
    }

    /** The validators' refusals; a validator that fails refuses the order too, naming its module. */
    private List<CheckoutProblem> refusals(CartOwner owner, CheckoutRequest request, PriceSheet sheet, boolean placing,
            Map<String, Map<String, Object>> fields) {
        try {
            return validation.refusals(candidate(owner, request, sheet, placing), fields);
        } catch (ShopException failed) {
            return List.of(CheckoutProblem.of("", "refused", failed.getMessage()));
        }
    }

    /** The tuning modules' order custom fields as the shopper filled them in, checked by each field's rules. */
    private BoundFields orderFields(CheckoutRequest request) {
        return customFields.bind(EntityType.ORDER, request.orderFields()::get, request.locale());
    }

    /** A field's problem shown above the form, so it names the field: "희망 배송일시: 형식이 맞지 않습니다." */
    private List<CheckoutProblem> fieldProblems(BoundFields fields, Locale locale) {
        return customFields.fields(EntityType.ORDER).stream()
                .filter(field -> fields.errors().containsKey(field.param()))
                .map(field -> CheckoutProblem.of("", "refused", field.field().label(locale) + ": "
                        + fields.errors().get(field.param())))
                .toList();
    }

    /** Each module's valid values by field key (the validators see only their own module's; empty ones are absent). */
    private Map<String, Map<String, Object>> byModule(BoundFields fields) {
        Map<String, Map<String, Object>> byModule = new HashMap<>();
        customFields.fields(EntityType.ORDER).forEach(field -> {
            Object value = fields.values().get(field.qualifiedKey());
            if (value != null && !fields.errors().containsKey(field.param())) {
                byModule.computeIfAbsent(field.module(), module -> new HashMap<>()).put(field.field().key(), value);
            }
        });
        return byModule;
    }

    private Optional<PlacedOrder> alreadyPlaced(String checkoutToken) {
        if (checkoutToken == null || checkoutToken.isBlank()) {
            return Optional.empty();
        }
        return orders.findByCheckoutToken(checkoutToken)
                .map(order -> new PlacedOrder(order.orderNumber(), order.state(), order.amounts().charged(), null));
    }

    private PriceSheet priced(CartOwner owner, CheckoutRequest request, List<PricingItem> items, Instant now) {
        try {
            return pipeline.price(pricing(owner, request, items, now));
        } catch (ShopException failed) {
            throw new CheckoutRejected(List.of(CheckoutProblem.of("", "pricing-failed", failed.getMessage())), List.of());
        }
    }

    private List<CheckoutProblem> paymentProblems(CheckoutRequest request) {
        PaymentStep step = paymentStep.getIfAvailable();
        return step == null ? List.of() : step.problems(request.payment());
    }

    private String beginPayment(Order order, CheckoutRequest request) {
        PaymentStep step = paymentStep.getIfAvailable();
        if (step == null || order.state() != OrderState.PAYMENT_PENDING) {
            return null;
        }
        return step.begin(new PaymentRequest(order.orderNumber(), order.orderName(), order.amounts().charged(),
                request.orderer().name().strip(), CheckoutRequestCheck.digits(request.orderer().phone()),
                request.orderer().email(), order.memberId(), order.amounts().taxFree(), request.payment()));
    }

    private static List<PricingItem> items(List<ReviewedLine> reviewed) {
        return reviewed.stream().filter(ReviewedLine::buyable)
                .map(line -> new PricingItem(line.variant(), line.orderableQuantity())).toList();
    }

    private static PricingRequest pricing(CartOwner owner, CheckoutRequest request, List<PricingItem> items,
            Instant now) {
        String postalCode = request.postalCode() == null || !request.postalCode().strip().matches("\\d{5}") ? null
                : request.postalCode().strip();
        return new PricingRequest(items, owner.memberId(), postalCode, request.couponId(), request.points(), now,
                request.locale());
    }

    private static OrderCandidate candidate(CartOwner owner, CheckoutRequest request, PriceSheet sheet, boolean placing) {
        return new OrderCandidate(owner.memberId(), sheet.lines(), sheet.orderAmount(), sheet.finalAmount(),
                sheet.postalCode().orElse(null), request.locale(), placing);
    }

    private static String nameOf(PriceSheet sheet, String sku) {
        return sheet.sheetLines().stream().filter(line -> line.variant().sku().equals(sku)).findFirst()
                .map(line -> (line.variant().productName() + " " + line.variant().optionText()).strip()).orElse(sku);
    }
}
