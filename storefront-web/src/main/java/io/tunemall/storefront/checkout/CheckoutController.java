package io.tunemall.storefront.checkout;

import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Checkout;
import io.tunemall.order.api.CheckoutPreview;
import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CheckoutRejected;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.storefront.shopper.Shoppers;
import jakarta.servlet.http.HttpServletRequest;
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
 */
@Controller
class CheckoutController {

    /** The checkout problems' fields, named as the form names them. */
    static final Map<String, String> FORM_FIELDS = Map.ofEntries(
            Map.entry("orderer.name", "ordererName"), Map.entry("orderer.phone", "ordererPhone"),
            Map.entry("orderer.email", "ordererEmail"), Map.entry("address.recipientName", "recipientName"),
            Map.entry("address.recipientPhone", "recipientPhone"), Map.entry("address.postalCode", "postalCode"),
            Map.entry("address.roadAddress", "roadAddress"), Map.entry("address.detailAddress", "detailAddress"),
            Map.entry("deliveryMessage", "deliveryMessage"), Map.entry("guestPassword", "guestPassword"));

    private final Checkout checkout;
    private final Shoppers shoppers;

    CheckoutController(Checkout checkout, Shoppers shoppers) {
        this.checkout = checkout;
        this.shoppers = shoppers;
    }

    @GetMapping("/checkout")
    String page(HttpServletRequest request, Locale locale, Model model) {
        CheckoutForm form = new CheckoutForm();
        form.setCheckoutToken(UUID.randomUUID().toString());
        CheckoutPreview preview = checkout.preview(shoppers.owner(request), form.request(locale));
        if (preview.cart().isEmpty()) {
            return "redirect:/cart";
        }
        return show(model, form, preview);
    }

    @PostMapping("/checkout")
    String submit(@ModelAttribute("checkoutForm") CheckoutForm form, BindingResult result,
            @RequestParam(name = "action", defaultValue = "place") String action, HttpServletRequest request,
            Locale locale, Model model, RedirectAttributes redirect) {
        CartOwner owner = shoppers.owner(request);
        if ("preview".equals(action)) {
            return show(model, form, checkout.preview(owner, form.request(locale)));
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
        return show(model, form, checkout.preview(owner, form.request(locale)));
    }

    @GetMapping("/checkout/complete")
    String complete(Model model) {
        if (!model.containsAttribute("placed")) {
            return "redirect:/orders/lookup";
        }
        return "storefront/checkout-complete";
    }

    private static String show(Model model, CheckoutForm form, CheckoutPreview preview) {
        if (preview.breakdown() != null) {
            form.setExpectedAmount(preview.breakdown().finalAmount().won());
        }
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
