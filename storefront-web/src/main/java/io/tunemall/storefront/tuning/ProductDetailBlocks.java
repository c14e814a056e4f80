package io.tunemall.storefront.tuning;

import io.tunemall.platform.tuning.HookChain;
import io.tunemall.platform.tuning.HookChains;
import io.tunemall.sdk.catalog.CatalogPoints;
import io.tunemall.sdk.catalog.ContentBlock;
import io.tunemall.sdk.catalog.ProductDetailContributor;
import io.tunemall.sdk.catalog.ProductView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The blocks tuning modules add to a product page, through the {@link CatalogPoints#PRODUCT_DETAIL} chain: in the
 * modules' order, timed, and under the point's SKIP_AND_LOG policy, so a contributor that throws, returns null or
 * takes too long is left out (and counted against its module) while the page renders.
 */
@Component
public class ProductDetailBlocks {

    private final HookChain<ProductDetailContributor> contributors;

    ProductDetailBlocks(HookChains chains) {
        this.contributors = chains.chain(CatalogPoints.PRODUCT_DETAIL);
    }

    public List<ContentBlock> blocksFor(ProductView product, Locale locale) {
        if (contributors.isEmpty()) {
            return List.of();
        }
        List<ContentBlock> blocks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (List<ContentBlock> contributed : contributors.collect(contributor -> blocksOf(contributor, product, locale))) {
            contributed.stream().filter(block -> block != null && names.add(block.name())).forEach(blocks::add);
        }
        return blocks;
    }

    private static List<ContentBlock> blocksOf(ProductDetailContributor contributor, ProductView product, Locale locale) {
        List<ContentBlock> blocks = contributor.contribute(product, locale);
        if (blocks == null) {
            throw new IllegalStateException("returned null instead of a list of blocks for product " + product.id());
        }
        return blocks;
    }
}
