package io.tunemall.storefront.payment;

import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.TestApproval;
import io.tunemall.payment.api.TestGatewayApprovals;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The built-in test gateway's approval page: what a real gateway's payment window is for a live shop. Its buttons
 * send the shopper back to the shop exactly as a gateway would (the success URL with {@code paymentKey},
 * {@code orderId} and {@code amount}, or the fail URL with {@code code} and {@code message}), so the shop's own
 * success page confirms the payment through the same path as with Toss Payments.
 */
@Controller
@RequestMapping("/pay/test/{token}")
class TestGatewayPageController {

    private final ObjectProvider<TestGatewayApprovals> approvals;

    TestGatewayPageController(ObjectProvider<TestGatewayApprovals> approvals) {
        this.approvals = approvals;
    }

    @GetMapping
    String page(@PathVariable String token, Model model) {
        TestApproval approval = desk().find(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("approval", approval);
        return "storefront/payment/test-gateway";
    }

    @PostMapping("/approve")
    String approve(@PathVariable String token) {
        return answer(token, desk()::approve);
    }

    @PostMapping("/fail")
    String fail(@PathVariable String token) {
        return answer(token, desk()::fail);
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable String token) {
        return answer(token, desk()::cancel);
    }

    @PostMapping("/deposit")
    String deposit(@PathVariable String token) {
        try {
            desk().deposit(token);
        } catch (PaymentRejected notWaiting) {
            // Deposited already (a second click): the page shows where it stands.
        }
        return "redirect:/pay/test/" + token;
    }

    /** A button pressed twice (or after another tab answered) shows the page again with the answer it already got. */
    private String answer(String token, UnaryOperator<String> button) {
        try {
            return "redirect:" + button.apply(token);
        } catch (PaymentRejected answered) {
            if (answered.status() == HttpStatus.NOT_FOUND.value()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return "redirect:/pay/test/" + token;
        }
    }

    private TestGatewayApprovals desk() {
        TestGatewayApprovals desk = approvals.getIfAvailable();
        if (desk == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return desk;
    }
}
