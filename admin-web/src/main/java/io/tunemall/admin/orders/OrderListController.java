package io.tunemall.admin.orders;

import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderSearch;
import io.tunemall.order.api.OrderState;
import io.tunemall.platform.time.ShopClock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The order list: newest first, filtered by state, the days placed and the order number. */
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
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        OrderState chosen = Arrays.stream(OrderState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
        model.addAttribute("result", orders.search(new OrderSearch(chosen, day(from), day(to), number, page, 30)));
        model.addAttribute("states", OrderState.values());
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
