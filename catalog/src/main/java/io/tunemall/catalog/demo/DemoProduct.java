package io.tunemall.catalog.demo;

import java.util.List;

/** One product of the demo shop: its category slug, names, prices in won and option values. */
record DemoProduct(String category, String slug, String name, String summary, long price, long listPrice,
        List<String> colours, String sizeAxis, List<String> sizes) {
}
