package io.tunemall.catalog.feed;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Naver Shopping's EP (engine page) 3.0: tab-separated, a header line naming the columns, one product a line.
 * Tabs and line breaks inside values are replaced by spaces, as the format has no quoting.
 */
class NaverShoppingEp implements FeedFormat {

    static final List<String> COLUMNS = List.of("id", "title", "price_pc", "price_mobile", "normal_price", "link",
            "mobile_link", "image_link", "category_name1", "category_name2", "category_name3", "category_name4",
            "brand", "shipping");

    @Override
    public String header(FeedContext context) {
        return String.join("\t", COLUMNS) + "\n";
    }

    @Override
    public String line(FeedProduct product, FeedContext context) {
        List<String> categories = product.categoryPath();
        String link = context.productLink(product);
        return List.of(String.valueOf(product.id()), product.name(), won(product.price().won()),
                        won(product.price().won()), won(product.regularPrice().won()), link, link,
                        context.imageLink(product), category(categories, 0), category(categories, 1),
                        category(categories, 2), category(categories, 3), nullToEmpty(product.brand()),
                        won(context.shippingFee(product.price()).won()))
                .stream()
                .map(NaverShoppingEp::clean)
                .collect(Collectors.joining("\t"));
    }

    @Override
    public String footer(FeedContext context) {
        return "";
    }

    private static String category(List<String> path, int level) {
        return level < path.size() ? path.get(level) : "";
    }

    private static String won(long amount) {
        return Long.toString(amount);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String clean(String value) {
        return value.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
