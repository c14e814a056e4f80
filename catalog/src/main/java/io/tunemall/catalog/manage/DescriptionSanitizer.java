package io.tunemall.catalog.manage;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Cleans the rich product description before it is stored: shoppers' browsers render it as HTML, so only formatting,
 * headings, lists, tables, links and images survive; scripts, event handlers, styles and frames are dropped. Stored
 * clean, the storefront can print it as it is on every request without sanitizing again.
 */
@Component
class DescriptionSanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "figure", "figcaption")
                    .toFactory());

    String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        return POLICY.sanitize(html);
    }
}
