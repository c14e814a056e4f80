package io.tunemall.storefront.checkout;

import io.tunemall.order.api.OrderPayments;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.PaymentDue;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.payment.api.PaymentConfirmation;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentStart;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.Payments;
import io.tunemall.sdk.Money;
import io.tunemall.storefront.payment.PaymentStepHeaders;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the shopper pays for a placed order and comes back from the gateway. The amount charged is always the one the
 * server computed for the order; the amount in the return address is only compared with it.
 */
@Controller
class PaymentReturnController {

    private final Payments payments;
    private final OrderPayments orders;

    PaymentReturnController(Payments payments, OrderPayments orders) {
        this.payments = payments;
        this.orders = orders;
    }

    /** A widget gateway's payment step, right after the order was placed. */
    @GetMapping("/checkout/pay")
    String pay(Model model, HttpServletResponse response) {
        if (!(model.getAttribute("paymentStart") instanceof PaymentStart start)) {
            return "redirect:/orders/lookup";
        }
        PaymentStepHeaders.apply(start, response);
        return "storefront/checkout-pay";
    }

    @GetMapping(GatewayPaymentStep.SUCCESS_PATH)
    String success(@RequestParam String orderId, @RequestParam String paymentKey, @RequestParam long amount,
            RedirectAttributes redirect) {
        PaymentDue due = orders.due(orderId);
        PaymentResult result;
        try {
            result = payments.confirm(new PaymentConfirmation(orderId, paymentKey, Money.won(amount), due.amount()));
        } catch (PaymentRejected refused) {
            // A changed amount in the address, or an order paid meanwhile: nothing was charged by this return.
            return complete(due, "failed", redirect);
        }
        if (result.isPaid()) {
            // The outbox listener marks it too (for confirmations that arrive another way); marking twice is harmless.
            orders.markPaid(orderId, result.paymentKey(), result.amount(), result.method().name());
            redirect.addFlashAttribute("placed", new PlacedOrder(orderId, OrderState.PAID, due.amount(), null));
            return "redirect:/checkout/complete";
        }
        if (result.state() == PaymentState.WAITING_FOR_DEPOSIT && result.virtualAccount() != null) {
            // Not paid yet, and not failed: the complete page shows the issued account to deposit into.
            redirect.addFlashAttribute("placed", new PlacedOrder(orderId, due.state(), due.amount(), null));
            return "redirect:/checkout/complete";
        }
        return complete(due, result.state() == PaymentState.UNKNOWN ? "checking"
                : result.failure() == null ? "failed" : result.failure().message(), redirect);
    }

    @GetMapping(GatewayPaymentStep.FAIL_PATH)
    String fail(@RequestParam(required = false) String orderId, @RequestParam(required = false) String message,
            RedirectAttributes redirect) {
        if (orderId == null) {
            return "redirect:/cart";
        }
        return complete(orders.due(orderId), message == null || message.isBlank() ? "failed" : message, redirect);
    }

    /** The order-complete page for an order still waiting for payment, saying why. */
    private static String complete(PaymentDue due, String problem, RedirectAttributes redirect) {
        redirect.addFlashAttribute("placed", new PlacedOrder(due.orderNumber(), due.state(), due.amount(), null));
        redirect.addFlashAttribute("paymentProblem", problem);
        return "redirect:/checkout/complete";
    }
}
