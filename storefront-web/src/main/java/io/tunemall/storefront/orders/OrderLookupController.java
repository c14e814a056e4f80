package io.tunemall.storefront.orders;

import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimReason;
import io.tunemall.order.api.ClaimRequest;
import io.tunemall.order.api.Claims;
import io.tunemall.order.api.GuestOrders;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderLookup;
import io.tunemall.order.api.Shipments;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Guests find their order by its number, the orderer's phone and the order password. A wrong answer says only that no
 * order matches, never which part was wrong. The order is shown on the answer page itself (a POST), so its details
 * never sit in a URL or in the browser's history.
 *
 * <p>A successful look-up is remembered in the browser's session: for that order only, and for as long as the
 * session lasts, the guest may do what a member does on the my-page ({@link ShopperOrderActions}) and see the order
 * again at {@code /orders/lookup/{number}}. Any other order number answers with the look-up form.
 */
@Controller
class OrderLookupController {

    /** The order numbers this session has looked up with the right phone and password. */
    static final String LOOKED_UP = OrderLookupController.class.getName() + ".lookedUp";

    private final OrderLookup lookup;
    private final GuestOrders guestOrders;
    private final Claims claims;
    private final ShopClock clock;
    private final Shipments shipments;

    OrderLookupController(OrderLookup lookup, GuestOrders guestOrders, Claims claims, ShopClock clock,
            Shipments shipments) {
        this.lookup = lookup;
        this.guestOrders = guestOrders;
        this.claims = claims;
        this.clock = clock;
        this.shipments = shipments;
    }

    @GetMapping("/orders/lookup")
    String form() {
        return "storefront/order-lookup";
    }

    @PostMapping("/orders/lookup")
    String find(@RequestParam(name = "orderNumber", defaultValue = "") String orderNumber,
            @RequestParam(name = "phone", defaultValue = "") String phone,
            @RequestParam(name = "password", defaultValue = "") String password, HttpSession session, Model model) {
        Optional<OrderDetail> order = lookup.guestOrder(orderNumber, phone, password);
        if (order.isEmpty()) {
            model.addAttribute("orderNumber", orderNumber);
            model.addAttribute("notFound", true);
            return "storefront/order-lookup";
        }
        remember(session, order.get().orderNumber());
        return page(order.get(), model);
    }

    @GetMapping("/orders/lookup/{number}")
    String again(@PathVariable String number, HttpSession session, Model model) {
        Optional<OrderDetail> order = lookedUp(session, number) ? guestOrders.order(number) : Optional.empty();
        return order.map(found -> page(found, model)).orElse("redirect:/orders/lookup");
    }

    @PostMapping("/orders/lookup/{number}/cancel")
    String cancel(@PathVariable String number, @RequestParam(name = "reason", defaultValue = "") String reason,
            HttpSession session, RedirectAttributes redirect) {
        return act(session, number, redirect,
                () -> ShopperOrderActions.cancelOutcome(guestOrders.cancel(number, reason.strip())));
    }

    @PostMapping("/orders/lookup/{number}/confirm")
    String confirm(@PathVariable String number, HttpSession session, RedirectAttributes redirect) {
        return act(session, number, redirect, () -> {
            guestOrders.confirmPurchase(number);
            return "confirm";
        });
    }

    @PostMapping("/orders/lookup/{number}/claims")
    String claim(@PathVariable String number, @RequestParam(name = "kind") ClaimKind kind,
            @RequestParam(name = "line", required = false) List<Integer> lines,
            @RequestParam(name = "reason") ClaimReason reason,
            @RequestParam(name = "message", defaultValue = "") String message, HttpSession session,
            RedirectAttributes redirect) {
        return act(session, number, redirect, () -> {
            guestOrders.requestClaim(new ClaimRequest(number, kind, lines == null ? List.of() : lines, reason,
                    message));
            return "claim";
        });
    }

    private String page(OrderDetail order, Model model) {
        ShopperOrderActions.addTo(model, order, claims.ofOrder(order.orderNumber()), shipments.of(order.orderNumber()),
                "/orders/lookup/" + order.orderNumber());
        model.addAttribute("zone", clock.zone());
        return "storefront/order";
    }

    /** Only an order this session looked up; anything else goes back to the look-up form, changing nothing. */
    private String act(HttpSession session, String number, RedirectAttributes redirect, Supplier<String> change) {
        if (!lookedUp(session, number)) {
            return "redirect:/orders/lookup";
        }
        try {
            redirect.addFlashAttribute("done", change.get());
        } catch (ShopException refused) {
            redirect.addFlashAttribute("problem", refused.code());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/orders/lookup/{number}").encode().buildAndExpand(number)
                .toUriString();
    }

    private static void remember(HttpSession session, String orderNumber) {
        Set<String> numbers = new HashSet<>(numbers(session));
        numbers.add(orderNumber);
        // A new set each time, so a session store that saves on setAttribute (Redis) sees the change.
        session.setAttribute(LOOKED_UP, numbers);
    }

    private static boolean lookedUp(HttpSession session, String orderNumber) {
        return orderNumber != null && numbers(session).contains(orderNumber);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> numbers(HttpSession session) {
        Object stored = session.getAttribute(LOOKED_UP);
        return stored instanceof Set<?> set ? (Set<String>) set : Set.of();
    }
}
