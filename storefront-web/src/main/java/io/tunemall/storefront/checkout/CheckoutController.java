package io.tunemall.storefront.checkout;

import io.tunemall.member.api.MyAccount;
import io.tunemall.member.api.ShippingAddress;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.CheckoutPreview;
import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CheckoutRejected;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.Coupons;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentSettings;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.Payments;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.storefront.shopper.Shoppers;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-page checkout: who orders, where it ships, every cost before paying. "배송비 다시 계산" re-prices for the
 * entered postal code without placing; placing shows each wrong field next to it, and what changed in the cart at the
 * top. A placed order goes to the shop's payment step, or, while the shop has none, to a page that shows its number
 * and that it waits for payment.
 *
 * <p>A member picks the address from the address book (the default one is filled in first) and may use points:
 * "모두 사용" asks for the whole balance, which pricing cuts to what is left to pay. Both work without script (the
 * shop's content policy allows no inline script): they re-show the page like "배송비 다시 계산".
 */
@Controller
class CheckoutController {

    /** The checkout problems' fields, named as the form names them. */
    static final Map<String, String> FORM_FIELDS = Map.ofEntries(
            Map.entry("orderer.name", "ordererName"), Map.entry("orderer.phone", "ordererPhone"),
            Map.entry("orderer.email", "ordererEmail"), Map.entry("address.recipientName", "recipientName"),
            Map.entry("address.recipientPhone", "recipientPhone"), Map.entry("address.postalCode", "postalCode"),
            Map.entry("address.roadAddress", "roadAddress"), Map.entry("address.detailAddress", "detailAddress"),
            Map.entry("deliveryMessage", "deliveryMessage"), Map.entry("guestPassword", "guestPassword"),
            Map.entry("couponId", "couponId"), Map.entry("payment.method", "paymentMethod"),
            Map.entry("payment.cashReceiptType", "cashReceiptType"),
            Map.entry("payment.cashReceiptIdentity", "cashReceiptIdentity"));

    private final Checkout checkout;
    private final Coupons coupons;
    private final Shoppers shoppers;
    private final MyAccount accounts;
    private final PaymentSettings payments;
    private final Payments paymentStatus;
    private final ShopClock clock;

    CheckoutController(Checkout checkout, Coupons coupons, Shoppers shoppers, MyAccount accounts,
            PaymentSettings payments, Payments paymentStatus, ShopClock clock) {
        this.paymentStatus = paymentStatus;
        this.clock = clock;
        this.checkout = checkout;
        this.coupons = coupons;
        this.shoppers = shoppers;
        this.accounts = accounts;
        this.payments = payments;
    }

    @GetMapping("/checkout")
    String page(HttpServletRequest request, Locale locale, Model model) {
        CheckoutForm form = new CheckoutForm();
        form.setCheckoutToken(UUID.randomUUID().toString());
        CartOwner owner = shoppers.owner(request);
        List<ShippingAddress> addresses = addressBook(owner);
        addresses.stream().filter(ShippingAddress::defaultAddress).findFirst().ifPresent(form::shipTo);
        CheckoutPreview preview = checkout.preview(owner, form.request(locale));
        if (preview.cart().isEmpty()) {
            return "redirect:/cart";
        }
        return show(model, form, preview, addresses, owner, locale);
    }

    @PostMapping("/checkout")
    String submit(@ModelAttribute("checkoutForm") CheckoutForm form, BindingResult result,
            @RequestParam(name = "action", defaultValue = "place") String action, HttpServletRequest request,
            Locale locale, Model model, RedirectAttributes redirect) {
        CartOwner owner = shoppers.owner(request);
        form.takeOrderFields(request);
        List<ShippingAddress> addresses = addressBook(owner);
        if ("preview".equals(action)) {
            return show(model, form, checkout.preview(owner, form.request(locale)), addresses, owner, locale);
        }
        if ("use-address".equals(action)) {
            addresses.stream().filter(address -> address.id() == (form.getAddressId() == null ? -1 : form.getAddressId()))
                    .findFirst().ifPresent(form::shipTo);
            return show(model, form, checkout.preview(owner, form.request(locale)), addresses, owner, locale);
        }
        if ("all-points".equals(action)) {
            form.setPointsToUse(checkout.preview(owner, form.request(locale)).pointsBalance().won());
            CheckoutPreview preview = checkout.preview(owner, form.request(locale));
            if (preview.breakdown() != null) {
                form.setPointsToUse(preview.breakdown().pointsUsed().won());
            }
            return show(model, form, preview, addresses, owner, locale);
        }
        CheckoutRequest submitted = form.request(locale);
        report(result, checkout.check(owner, submitted));
        if (owner.memberId() == null && form.getGuestPassword() != null
                && !form.getGuestPassword().equals(form.getGuestPasswordConfirm())) {
            result.rejectValue("guestPasswordConfirm", "checkout.problem.password-mismatch");
        }
        if (!result.hasErrors()) {
            try {
                PlacedOrder placed = checkout.place(owner, submitted);
                redirect.addFlashAttribute("placed", placed);
                Object started = request.getAttribute(GatewayPaymentStep.STARTED);
                if (started != null) {
                    redirect.addFlashAttribute("paymentStart", started);
                }
                return placed.paymentRedirect() == null ? "redirect:/checkout/complete"
                        : "redirect:" + placed.paymentRedirect();
            } catch (CheckoutRejected rejected) {
                report(result, rejected.problems());
                model.addAttribute("changes", rejected.changes());
            }
        }
        return show(model, form, checkout.preview(owner, form.request(locale)), addresses, owner, locale);
    }

    @GetMapping("/checkout/complete")
    String complete(Model model) {
        if (!(model.getAttribute("placed") instanceof PlacedOrder placed)) {
            return "redirect:/orders/lookup";
        }
        paymentStatus.status(placed.orderNumber()).filter(p -> p.state() == PaymentState.WAITING_FOR_DEPOSIT)
                .map(PaymentResult::virtualAccount).ifPresent(account -> model.addAttribute("deposit", account));
        model.addAttribute("zone", clock.zone());
        return "storefront/checkout-complete";
    }

    private List<ShippingAddress> addressBook(CartOwner owner) {
        return owner.member().map(accounts::addresses).orElse(List.of());
    }

    private String show(Model model, CheckoutForm form, CheckoutPreview preview, List<ShippingAddress> addresses,
            CartOwner owner, Locale locale) {
        if (preview.breakdown() != null) {
            form.setExpectedAmount(preview.breakdown().finalAmount().won());
        }
        // The methods the owner switched on, in a fixed order; the first is chosen until the shopper picks another.
        List<PaymentMethod> methods = Arrays.stream(PaymentMethod.values()).filter(payments.options()::offers).toList();
        if (form.getPaymentMethod() == null && !methods.isEmpty()) {
            form.setPaymentMethod(methods.get(0).name());
        }
        model.addAttribute("paymentMethods", methods);
        model.addAttribute("escrow", payments.options().escrow());
        // Only coupons that take something off this cart, each with what it takes off.
        model.addAttribute("couponChoices", coupons.choices(owner, form.request(locale)));
        model.addAttribute("addresses", addresses);
        model.addAttribute("checkoutForm", form);
        model.addAttribute("preview", preview);
        return "storefront/checkout";
    }

    private static void report(BindingResult result, List<CheckoutProblem> problems) {
        for (CheckoutProblem problem : problems) {
            String code = "checkout.problem." + problem.code();
            // Amounts and counts read as numbers, so the message shows them with thousands separators.
            Object[] arguments = problem.arguments().stream()
                    .map(argument -> argument.matches("\\d{1,15}") ? (Object) Long.valueOf(argument) : argument).toArray();
            String field = FORM_FIELDS.get(problem.field());
            if (field != null) {
                result.rejectValue(field, code, arguments, problem.code());
            } else {
                result.reject(code, arguments, problem.code());
            }
        }
    }
}
