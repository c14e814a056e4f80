package io.tunemall.catalog.demo;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Draws a product picture for the demo shop as SVG: the product's colour with its name, so no files need shipping. */
final class DemoImage {

    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("블랙", "#2b2b2b"), Map.entry("화이트", "#f3f3f1"), Map.entry("네이비", "#1f2a44"),
            Map.entry("베이지", "#d8c3a5"), Map.entry("그레이", "#9a9a9a"), Map.entry("카키", "#6b6b3a"),
            Map.entry("레드", "#b22a2a"), Map.entry("핑크", "#f1a7b5"), Map.entry("브라운", "#7b4b2a"),
            Map.entry("블루", "#3a6ea5"), Map.entry("아이보리", "#f4eedc"));
    private static final String DEFAULT_COLOUR = "#e8dff5";

    private DemoImage() {
    }

    static byte[] draw(String productName, String colourName) {
        String fill = colourName == null ? DEFAULT_COLOUR : COLOURS.getOrDefault(colourName, DEFAULT_COLOUR);
        String ink = isDark(fill) ? "#ffffff" : "#222222";
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="600" height="750" viewBox="0 0 600 750">
                  <rect width="600" height="750" fill="%s"/>
                  <circle cx="300" cy="320" r="150" fill="%s" fill-opacity="0.12"/>
                  <text x="300" y="600" font-family="sans-serif" font-size="34" text-anchor="middle" fill="%s">%s</text>
                  <text x="300" y="650" font-family="sans-serif" font-size="26" text-anchor="middle" fill="%s" fill-opacity="0.7">%s</text>
                </svg>
                """.formatted(fill, ink, ink, escape(productName), ink, colourName == null ? "" : escape(colourName));
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isDark(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int luminance = (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
        return luminance < 140;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
