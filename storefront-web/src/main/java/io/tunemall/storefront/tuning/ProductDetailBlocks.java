package io.tunemall.storefront.tuning;

import io.tunemall.sdk.catalog.ContentBlock;
import io.tunemall.sdk.catalog.ProductDetailContributor;
import io.tunemall.sdk.catalog.ProductView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link ProductDetailContributor} bean for a product page, with the failure policy the SDK promises: a
 * contributor that throws (or returns null) is logged and its blocks left out; the page still renders.
 */
@Component
public class ProductDetailBlocks {

    private static final Logger log = LoggerFactory.getLogger(ProductDetailBlocks.class);

    private final List<ProductDetailContributor> contributors;

    ProductDetailBlocks(List<ProductDetailContributor> contributors) {
        this.contributors = contributors.stream()
                .sorted(Comparator.comparing(contributor -> contributor.getClass().getName()))
                .toList();
    }

    public List<ContentBlock> blocksFor(ProductView product, Locale locale) {
        List<ContentBlock> blocks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ProductDetailContributor contributor : contributors) {
            List<ContentBlock> contributed;
            try {
                contributed = contributor.contribute(product, locale);
                if (contributed == null) {
                    throw new IllegalStateException("returned null instead of a list of blocks");
                }
            } catch (RuntimeException failure) {
                log.error("Product detail contributor {} failed for product {} ({}); its blocks are left out",
                        contributor.getClass().getName(), product.id(), product.slug(), failure);
                continue;
            }
            contributed.stream().filter(block -> names.add(block.name())).forEach(blocks::add);
        }
        return blocks;
    }
}
