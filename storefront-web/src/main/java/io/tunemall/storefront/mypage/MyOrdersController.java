package io.tunemall.storefront.mypage;

import io.tunemall.member.api.ShopperDirectory;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimReason;
import io.tunemall.order.api.ClaimRequest;
import io.tunemall.order.api.Claims;
import io.tunemall.order.api.MyOrders;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.Shipments;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.storefront.orders.ShopperOrderActions;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The member's orders on the my-page: the list (newest first), one order with its lines, amounts, parcels (carrier,
 * tracking number and link), history and claims, and what the shopper may do ({@link ShopperOrderActions}): cancel
 * before shipping (at once before preparing, by a request staff answer while preparing), confirm the purchase, ask to
 * return or exchange delivered lines.
 */
@Controller
class MyOrdersController {

    static final int PAGE_SIZE = 10;

    private final MyOrders orders;
    private final Claims claims;
    private final Shipments shipments;
    private final ShopClock clock;

    MyOrdersController(MyOrders orders, Claims claims, Shipments shipments, ShopClock clock) {
        this.orders = orders;
        this.claims = claims;
        this.shipments = shipments;
        this.clock = clock;
    }

    @GetMapping("/mypage/orders")
    String list(Authentication shopper, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("orders", orders.orders(ShopperDirectory.memberId(shopper), page, PAGE_SIZE));
        model.addAttribute("zone", clock.zone());
        return "storefront/account/orders";
    }

    @GetMapping("/mypage/orders/{number}")
    String detail(Authentication shopper, @PathVariable String number, Model model) {
        OrderDetail order = orders.order(ShopperDirectory.memberId(shopper), number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ShopperOrderActions.addTo(model, order, claims.ofOrder(number), shipments.of(number),
                "/mypage/orders/" + order.orderNumber());
        model.addAttribute("zone", clock.zone());
        return "storefront/account/order";
    }

    /** Before preparing: cancelled and refunded at once; while preparing: a cancel request staff answer. */
    @PostMapping("/mypage/orders/{number}/cancel")
    String cancel(Authentication shopper, @PathVariable String number,
            @RequestParam(name = "reason", defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(number, redirect, () -> ShopperOrderActions.cancelOutcome(
                orders.cancel(ShopperDirectory.memberId(shopper), number, reason.strip())));
    }

    @PostMapping("/mypage/orders/{number}/confirm")
    String confirm(Authentication shopper, @PathVariable String number, RedirectAttributes redirect) {
        return act(number, redirect, () -> {
            orders.confirmPurchase(ShopperDirectory.memberId(shopper), number);
            return "confirm";
        });
    }

    @PostMapping("/mypage/orders/{number}/claims")
    String claim(Authentication shopper, @PathVariable String number, @RequestParam(name = "kind") ClaimKind kind,
            @RequestParam(name = "line", required = false) List<Integer> lines,
            @RequestParam(name = "reason") ClaimReason reason,
            @RequestParam(name = "message", defaultValue = "") String message, RedirectAttributes redirect) {
        return act(number, redirect, () -> {
            orders.order(ShopperDirectory.memberId(shopper), number)
                    .orElseThrow(() -> ShopException.notFound("Order " + number));
            claims.request(new ClaimRequest(number, kind, lines == null ? List.of() : lines, reason, message),
                    Actor.shopper());
            return "claim";
        });
    }

    /** Runs the change; its answer names the done message. */
    private String act(String number, RedirectAttributes redirect, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("done", change.get());
        } catch (ShopException refused) {
            redirect.addFlashAttribute("problem", refused.code());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/mypage/orders/{number}").encode().buildAndExpand(number)
                .toUriString();
    }
}
