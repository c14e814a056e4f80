package io.tunemall.admin.orders;

import static io.tunemall.admin.orders.OrderPageAnswer.act;
import static io.tunemall.admin.orders.OrderPageAnswer.backTo;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.ShipmentLine;
import io.tunemall.order.api.ShipmentRequest;
import io.tunemall.order.api.ShipmentStatus;
import io.tunemall.order.api.Shipments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order page's "발송 처리" form (carrier, tracking number, which lines and how many; several parcels per order) and
 * its parcels' status buttons (배송 중, 배송 완료). Answers go back to the order page.
 */
@Controller
class ShipmentActionsController {

    private final Shipments shipments;

    ShipmentActionsController(Shipments shipments) {
        this.shipments = shipments;
    }

    /**
     * Ships the chosen lines ({@code line}), each with its {@code quantity-N} (default: all it has left); none chosen
     * ships everything left.
     */
    @PostMapping("/admin/orders/{number}/shipments")
    String ship(@PathVariable String number, @RequestParam(name = "carrier", defaultValue = "") String carrier,
            @RequestParam(name = "trackingNumber", defaultValue = "") String trackingNumber,
            @RequestParam(name = "line", required = false) List<Integer> lines, @RequestParam Map<String, String> form,
            Authentication staff, RedirectAttributes redirect) {
        List<ShipmentLine> parcel = new ArrayList<>();
        for (Integer line : lines == null ? List.<Integer>of() : lines) {
            String quantity = form.getOrDefault("quantity-" + line, "").strip();
            if (quantity.isEmpty()) {
                redirect.addFlashAttribute("problem", "shipment-rejected");
                redirect.addFlashAttribute("problemDetail", "Line " + line + ": how many units?");
                return backTo(number);
            }
            try {
                parcel.add(new ShipmentLine(line, Integer.parseInt(quantity)));
            } catch (NumberFormatException notANumber) {
                redirect.addFlashAttribute("problem", "shipment-rejected");
                redirect.addFlashAttribute("problemDetail", "Line " + line + ": '" + quantity + "' is not a number");
                return backTo(number);
            }
        }
        return act(number, "ship", redirect, () -> shipments.ship(number,
                new ShipmentRequest(carrier, trackingNumber, parcel), Actor.staff(staff.getName())));
    }

    @PostMapping("/admin/orders/{number}/shipments/{shipment}/status")
    String status(@PathVariable String number, @PathVariable int shipment, @RequestParam ShipmentStatus status,
            Authentication staff, RedirectAttributes redirect) {
        return act(number, "shipment-" + status.name().toLowerCase(java.util.Locale.ROOT), redirect,
                () -> shipments.update(number, shipment, status, Actor.staff(staff.getName())));
    }
}
