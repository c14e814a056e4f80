package io.tunemall.admin.orders;

import io.tunemall.order.api.ShipmentView;
import io.tunemall.order.api.Shipments;
import io.tunemall.shipping.api.Carrier;
import io.tunemall.shipping.api.Carriers;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Gives the order page its parcels and the carriers of the "발송 처리" form, next to what the order page itself shows;
 * the forms post to {@code ShipmentActionsController}.
 */
@ControllerAdvice(assignableTypes = OrderDetailController.class)
class OrderShipmentsAdvice {

    private final Shipments shipments;
    private final Carriers carriers;

    OrderShipmentsAdvice(Shipments shipments, Carriers carriers) {
        this.shipments = shipments;
        this.carriers = carriers;
    }

    @ModelAttribute("shipments")
    List<ShipmentView> shipments(@PathVariable Map<String, String> path) {
        String number = path.get("number");
        return number == null ? List.of() : shipments.of(number);
    }

    @ModelAttribute("carriers")
    List<Carrier> carriers() {
        return carriers.all();
    }
}
