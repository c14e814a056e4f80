package io.tunemall.storefront.payment;

import io.tunemall.payment.api.ApprovalStep;
import io.tunemall.payment.api.PaymentStart;
import io.tunemall.platform.security.SecurityHeaders;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The content security policy of the page that renders a gateway's widget. The shop's policy allows scripts and
 * frames from the shop only; Toss Payments' widget is a script from its CDN that opens frames and calls its API, so
 * the checkout page that shows it widens the policy for those hosts, and only that page. Set before the page is
 * written: Spring Security then leaves the header as it is.
 */
public final class PaymentStepHeaders {

    /** Toss Payments' script, frames and API, as its integration guide lists them. */
    public static final String TOSS_WIDGET_POLICY = "default-src 'self'; img-src 'self' data: https:; "
            + "script-src 'self' https://js.tosspayments.com; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
            + "connect-src 'self' https://*.tosspayments.com; frame-src https://*.tosspayments.com https://*.toss.im; "
            + "frame-ancestors 'none'; form-action 'self' https://*.tosspayments.com; base-uri 'self'; object-src 'none'";

    private PaymentStepHeaders() {
    }

    /** Call from the controller of the checkout page that includes {@code storefront/payment/step :: step(start)}. */
    public static void apply(PaymentStart start, HttpServletResponse response) {
        boolean widget = start.approval().kind() == ApprovalStep.Kind.WIDGET;
        response.setHeader("Content-Security-Policy", widget ? TOSS_WIDGET_POLICY : SecurityHeaders.CONTENT_SECURITY_POLICY);
    }
}
