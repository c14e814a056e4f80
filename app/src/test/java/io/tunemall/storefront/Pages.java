package io.tunemall.storefront;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a shopper would see in a rendered storefront page. */
final class Pages {

    private static final Pattern CARD_LINK = Pattern.compile("<article class=\"card\">\\s*<a href=\"/products/([^\"]+)\"");
    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>", Pattern.DOTALL);

    private Pages() {
    }

    /** The slugs of the product cards of a listing, in the order shown. */
    static List<String> cardSlugs(String html) {
        List<String> slugs = new ArrayList<>();
        Matcher matcher = CARD_LINK.matcher(html);
        while (matcher.find()) {
            slugs.add(matcher.group(1));
        }
        return slugs;
    }

    static String jsonLd(String html) {
        Matcher matcher = JSON_LD.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No JSON-LD in the page");
        }
        return matcher.group(1);
    }

    /** The attributes of every script element of the page. */
    static List<String> scriptTags(String html) {
        List<String> tags = new ArrayList<>();
        Matcher matcher = SCRIPT.matcher(html);
        while (matcher.find()) {
            tags.add(matcher.group(1).trim());
        }
        return tags;
    }

    /** The choice (variant button) of a colour and size, as rendered. */
    static String choice(String html, String colour, String label) {
        Matcher matcher = Pattern.compile("<label class=\"choice[^\"]*\" data-color=\"" + Pattern.quote(colour)
                + "\"[^>]*>\\s*<input[^>]*>\\s*<span>" + Pattern.quote(label) + "</span>.*?</label>", Pattern.DOTALL)
                .matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No choice " + colour + " / " + label + " in the page");
        }
        return matcher.group();
    }
}
