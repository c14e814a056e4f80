package io.tunemall.admin.orders;

import io.tunemall.order.api.Claims;
import io.tunemall.order.api.OrderRefunds;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.Payments;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the order page shows after the sale: the order's claims, its refunds (a failed one with its retry form) and the
 * payment log. Kept beside the order page's controller so that other panels (shipments) are added the same way.
 */
@ControllerAdvice(assignableTypes = OrderDetailController.class)
class OrderAftercarePanels {

    private final Claims claims;
    private final OrderRefunds refunds;
    private final Payments payments;

    OrderAftercarePanels(Claims claims, OrderRefunds refunds, Payments payments) {
        this.claims = claims;
        this.refunds = refunds;
        this.payments = payments;
    }

    @ModelAttribute
    void panels(@PathVariable(name = "number", required = false) String number, HttpServletRequest request,
            Model model) {
        if (number == null || !"GET".equals(request.getMethod())) {
            return;
        }
        model.addAttribute("claims", claims.ofOrder(number));
        model.addAttribute("refunds", refunds.refunds(number));
        List<?> log;
        try {
            log = payments.history(number);
        } catch (PaymentRejected noPayment) {
            log = List.of();
        }
        model.addAttribute("paymentLog", log);
    }
}
