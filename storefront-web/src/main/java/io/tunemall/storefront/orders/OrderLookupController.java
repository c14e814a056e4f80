package io.tunemall.storefront.orders;

import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderLookup;
import io.tunemall.order.api.Shipments;
import io.tunemall.platform.time.ShopClock;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Guests find their order by its number, the orderer's phone and the order password. A wrong answer says only that no
 * order matches, never which part was wrong. The order is shown on the answer page itself (a POST), so its details
 * never sit in a URL or in the browser's history.
 */
@Controller
class OrderLookupController {

    private final OrderLookup lookup;
    private final ShopClock clock;
    private final Shipments shipments;

    OrderLookupController(OrderLookup lookup, ShopClock clock, Shipments shipments) {
        this.lookup = lookup;
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
            @RequestParam(name = "password", defaultValue = "") String password, Model model) {
        Optional<OrderDetail> order = lookup.guestOrder(orderNumber, phone, password);
        if (order.isEmpty()) {
            model.addAttribute("orderNumber", orderNumber);
            model.addAttribute("notFound", true);
            return "storefront/order-lookup";
        }
        model.addAttribute("order", order.get());
        model.addAttribute("shipments", shipments.of(order.get().orderNumber()));
        model.addAttribute("zone", clock.zone());
        return "storefront/order";
    }
}
