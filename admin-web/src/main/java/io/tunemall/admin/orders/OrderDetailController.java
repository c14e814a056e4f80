package io.tunemall.admin.orders;

import static io.tunemall.admin.orders.OrderPageAnswer.act;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderAction;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.platform.tuning.field.CustomFields;
import io.tunemall.sdk.field.EntityType;
import java.util.List;
import java.util.Locale;
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

/**
 * One order: its lines, the breakdown it was charged, where it ships, its history, and the actions its state allows
 * (prepare, cancel, cancel some lines). Each action is recorded in the order's history under the staff member's name.
 */
@Controller
class OrderDetailController {

    private final OrderAdministration orders;
    private final ShopClock clock;
    private final CustomFields customFields;

    OrderDetailController(OrderAdministration orders, ShopClock clock, CustomFields customFields) {
        this.customFields = customFields;
        this.orders = orders;
        this.clock = clock;
    }

    @GetMapping("/admin/orders/{number}")
    String detail(@PathVariable String number, Locale locale, Model model) {
        OrderDetail order = orders.detail(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("order", order);
        // Tuning modules' order fields (a delivery slot chosen at checkout), stored under the order number.
        model.addAttribute("orderFields", customFields.shownToStaff(EntityType.ORDER,
                customFields.values(EntityType.ORDER, order.orderNumber()), locale));
        model.addAttribute("canPrepare", order.allows(OrderAction.PREPARE));
        model.addAttribute("canCancel", order.allows(OrderAction.CANCEL));
        model.addAttribute("canCancelLines", order.allows(OrderAction.CANCEL_LINES));
        model.addAttribute("zone", clock.zone());
        return "admin/orders/detail";
    }

    @PostMapping("/admin/orders/{number}/prepare")
    String prepare(@PathVariable String number, Authentication staff, RedirectAttributes redirect) {
        return act(number, "prepare", redirect, () -> orders.prepare(number, actor(staff)));
    }

    @PostMapping("/admin/orders/{number}/cancel")
    String cancel(@PathVariable String number, @RequestParam(name = "reason", defaultValue = "") String reason,
            Authentication staff, RedirectAttributes redirect) {
        return act(number, "cancel", redirect, () -> orders.cancel(number, actor(staff), reason(reason)));
    }

    @PostMapping("/admin/orders/{number}/cancel-lines")
    String cancelLines(@PathVariable String number, @RequestParam(name = "line", required = false) List<Integer> lines,
            @RequestParam(name = "reason", defaultValue = "") String reason, Authentication staff,
            RedirectAttributes redirect) {
        return act(number, "cancel-lines", redirect,
                () -> orders.cancelLines(number, lines == null ? List.of() : lines, actor(staff), reason(reason)));
    }

    private static Actor actor(Authentication staff) {
        return Actor.staff(staff.getName());
    }

    private static String reason(String reason) {
        return reason.isBlank() ? null : reason.strip();
    }
}
