package io.tunemall.admin.shipping;

import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderRow;
import io.tunemall.order.api.OrderSearch;
import io.tunemall.order.api.OrderState;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.shipping.api.CarrierRejected;
import io.tunemall.shipping.api.Carriers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shipping desk: the orders waiting to ship (paid or preparing), as a CSV for the carrier's label software, the
 * bulk tracking-number upload with a report per row, and the carriers (the built-in five and the owner's own).
 */
@Controller
class ShippingDeskController {

    /** The desk lists the newest this many orders of each state; the CSV holds the same orders. */
    static final int LIST_SIZE = 100;

    private final OrderAdministration orders;
    private final Carriers carriers;
    private final TrackingUpload upload;
    private final ShopClock clock;

    ShippingDeskController(OrderAdministration orders, Carriers carriers, TrackingUpload upload, ShopClock clock) {
        this.orders = orders;
        this.carriers = carriers;
        this.upload = upload;
        this.clock = clock;
    }

    @GetMapping("/admin/shipping")
    String desk(Model model) {
        model.addAttribute("toShip", toShip());
        model.addAttribute("carriers", carriers.all());
        model.addAttribute("zone", clock.zone());
        return "admin/shipping/desk";
    }

    @GetMapping("/admin/shipping/orders.csv")
    ResponseEntity<byte[]> download() {
        List<OrderDetail> details = toShip().stream().map(row -> orders.detail(row.orderNumber()))
                .flatMap(java.util.Optional::stream).toList();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("orders-to-ship.csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(OrdersToShipCsv.write(details));
    }

    @PostMapping("/admin/shipping/tracking")
    String uploadTracking(@RequestParam(name = "file", required = false) MultipartFile file, Authentication staff,
            Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadProblem", "empty");
        } else {
            model.addAttribute("report", upload.apply(new String(file.getBytes(), StandardCharsets.UTF_8),
                    staff.getName()));
        }
        return desk(model);
    }

    @GetMapping("/admin/shipping/carriers")
    String carriersPage(Model model) {
        model.addAttribute("carriers", carriers.all());
        return "admin/shipping/carriers";
    }

    @PostMapping("/admin/shipping/carriers")
    String addCarrier(@RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "trackingUrlTemplate", defaultValue = "") String template, Authentication staff,
            Model model, RedirectAttributes redirect) {
        try {
            carriers.addCustom(name, template, staff.getName());
        } catch (CarrierRejected rejected) {
            model.addAttribute("problemField", rejected.field());
            model.addAttribute("name", name);
            model.addAttribute("trackingUrlTemplate", template);
            return carriersPage(model);
        }
        redirect.addFlashAttribute("done", "added");
        return "redirect:/admin/shipping/carriers";
    }

    @PostMapping("/admin/shipping/carriers/{code}/remove")
    String removeCarrier(@PathVariable String code, RedirectAttributes redirect) {
        try {
            carriers.removeCustom(code);
            redirect.addFlashAttribute("done", "removed");
        } catch (CarrierRejected rejected) {
            redirect.addFlashAttribute("problemField", rejected.field());
        }
        return "redirect:/admin/shipping/carriers";
    }

    /** Paid and preparing orders, shown oldest first: who waited longest ships first. */
    private List<OrderRow> toShip() {
        List<OrderRow> rows = new ArrayList<>();
        rows.addAll(orders.search(new OrderSearch(OrderState.PAID, null, null, null, 0, LIST_SIZE)).rows());
        rows.addAll(orders.search(new OrderSearch(OrderState.PREPARING, null, null, null, 0, LIST_SIZE)).rows());
        rows.sort(Comparator.comparing(OrderRow::placedAt));
        return rows;
    }
}
