package io.tunemall.admin.orders;

import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderSearch;
import io.tunemall.order.api.OrderState;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.platform.time.ShopClock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The order list: newest first, filtered by state, the days placed, the order number, the payment method and the
 * orderer's whole name or phone number (exact, through the order's blind indexes).
 */
@Controller
class OrderListController {

    private final OrderAdministration orders;
    private final ShopClock clock;

    OrderListController(OrderAdministration orders, ShopClock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @GetMapping("/admin/orders")
    String list(@RequestParam(name = "state", required = false) String state,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "number", required = false) String number,
            @RequestParam(name = "method", required = false) String method,
            @RequestParam(name = "orderer", required = false) String orderer,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        OrderState chosen = Arrays.stream(OrderState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
        PaymentMethod paidBy = Arrays.stream(PaymentMethod.values()).filter(m -> m.name().equals(method)).findFirst()
                .orElse(null);
        String who = orderer == null || orderer.isBlank() ? null : orderer.strip();
        model.addAttribute("result", orders.search(new OrderSearch(chosen, day(from), day(to), number,
                paidBy == null ? null : paidBy.name(), who, page, 30)));
        model.addAttribute("states", OrderState.values());
        model.addAttribute("methods", PaymentMethod.values());
        model.addAttribute("method", paidBy);
        model.addAttribute("orderer", who);
        model.addAttribute("state", chosen);
        model.addAttribute("from", day(from));
        model.addAttribute("to", day(to));
        model.addAttribute("number", number);
        model.addAttribute("zone", clock.zone());
        return "admin/orders/list";
    }

    /** A day as the date field sends it; anything else is no filter. */
    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }
}
