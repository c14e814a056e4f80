package io.tunemall.payment;

import io.tunemall.payment.api.ApprovalStep;
import io.tunemall.payment.api.PaymentStart;
import io.tunemall.sdk.Money;
import io.tunemall.storefront.payment.PaymentStepHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A page that exists only in tests: the checkout's payment step fragment on its own, as the checkout page (built by
 * the order work) will include it, for each kind of approval step.
 */
@Controller
class PaymentStepProbeController {

    @GetMapping("/test-probe/payment-step")
    String step(@RequestParam String kind, Model model, HttpServletResponse response) {
        PaymentStart start;
        if ("widget".equals(kind)) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("clientKey", TossStandIn.CLIENT_KEY);
            parameters.put("customerKey", "ANONYMOUS");
            parameters.put("orderId", "20261123-000777");
            parameters.put("orderName", "오버핏 셔츠 \"한정\" <외 1건>");
            parameters.put("amount", "39800");
            parameters.put("taxFreeAmount", "0");
            parameters.put("successUrl", "/checkout/success");
            parameters.put("failUrl", "/checkout/fail");
            parameters.put("method", "CARD");
            start = new PaymentStart("20261123-000777", TossStandIn.ID, Money.won(39_800), ApprovalStep.widget(parameters));
        } else {
            start = new PaymentStart("20261123-000778", "test", Money.won(39_800), ApprovalStep.redirect("/pay/test/abc"));
        }
        PaymentStepHeaders.apply(start, response);
        model.addAttribute("start", start);
        return "storefront/payment/step :: step";
    }
}
