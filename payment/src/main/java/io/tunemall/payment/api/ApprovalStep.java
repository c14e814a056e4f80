package io.tunemall.payment.api;

import java.util.Map;
import java.util.Objects;

/**
 * How the shopper approves a payment, as the gateway wants it: either a page to send the shopper to (the built-in
 * test gateway's approval page), or a widget the checkout page renders with the given parameters (Toss Payments'
 * payment widget, which needs the shop's client key and the order's values).
 *
 * @param kind redirect or widget
 * @param redirectUrl the page to send the shopper to, for {@link Kind#REDIRECT}; null otherwise
 * @param widgetParameters what the checkout page hands the gateway's script, for {@link Kind#WIDGET}; names as the
 *        gateway spells them (documented in docs/payments.md)
 */
public record ApprovalStep(Kind kind, String redirectUrl, Map<String, String> widgetParameters)
        implements java.io.Serializable {

    public enum Kind { REDIRECT, WIDGET }

    public ApprovalStep {
        Objects.requireNonNull(kind, "kind");
        widgetParameters = widgetParameters == null ? Map.of() : Map.copyOf(widgetParameters);
    }

    public static ApprovalStep redirect(String url) {
        return new ApprovalStep(Kind.REDIRECT, Objects.requireNonNull(url, "url"), Map.of());
    }

    public static ApprovalStep widget(Map<String, String> parameters) {
        return new ApprovalStep(Kind.WIDGET, null, parameters);
    }
}
