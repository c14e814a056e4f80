package io.tunemall.catalog.manage;

import io.tunemall.catalog.api.CatalogAdministration;
import io.tunemall.catalog.api.CatalogRejection;
import io.tunemall.catalog.api.EditableProduct;
import io.tunemall.catalog.api.FieldProblem;
import io.tunemall.catalog.api.ImageDraft;
import io.tunemall.catalog.api.OptionAxis;
import io.tunemall.catalog.api.PageSpec;
import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.catalog.api.ProductDraft;
import io.tunemall.catalog.api.ProductFilter;
import io.tunemall.catalog.api.ProductPage;
import io.tunemall.catalog.api.ProductRevision;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.catalog.api.StoredImage;
import io.tunemall.catalog.api.TimedSale;
import io.tunemall.catalog.api.VariantDraft;
import io.tunemall.catalog.product.ImageSpec;
import io.tunemall.catalog.product.Product;
import io.tunemall.catalog.product.ProductStatus;
import io.tunemall.catalog.product.Products;
import io.tunemall.catalog.product.VariantSpec;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.media.MediaStore;
import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's product writes. Each checks the whole draft, then saves the product, stores the uploaded pictures and
 * announces the change in one transaction: a refused draft leaves no trace, a failure while storing rolls the product
 * back. (A picture stored just before a failed commit stays on disk unreferenced; its name is its content hash, so a
 * retry reuses it.)
 */
@Service
class ProductEditing implements CatalogAdministration {

    private final Products products;
    private final ProductDraftCheck rules;
    private final ProductList list;
    private final UploadedPictures pictures;
    private final DescriptionSanitizer sanitizer;
    private final MediaStore media;
    private final ShopClock clock;
    private final ApplicationEventPublisher events;

    ProductEditing(Products products, ProductDraftCheck rules, ProductList list, UploadedPictures pictures,
            DescriptionSanitizer sanitizer, MediaStore media, ShopClock clock, ApplicationEventPublisher events) {
        this.products = products;
        this.rules = rules;
        this.list = list;
        this.pictures = pictures;
        this.sanitizer = sanitizer;
        this.media = media;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public ProductPage products(ProductFilter filter, PageSpec page) {
        return list.find(filter, page);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EditableProduct> product(long id) {
        return products.findById(id).map(this::editable);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FieldProblem> check(Long productId, ProductDraft draft) {
        Set<Long> stored = productId == null ? Set.of() : storedImageIds(load(productId));
        return rules.check(productId, draft, stored).problems();
    }

    @Override
    @Transactional
    public long create(ProductDraft draft) {
        CheckedDraft checked = rules.check(null, draft, Set.of());
        if (!checked.acceptable()) {
            throw new CatalogRejection(checked.problems());
        }
        Instant now = clock.now();
        Product product = new Product(draft.categoryId(), draft.name().strip(), draft.slug(), blankToNull(draft.summary()),
                draft.price(), draft.listPrice(), now);
        apply(product, draft, checked);
        return save(product, checked, now);
    }

    @Override
    @Transactional
    public void update(long id, long expectedVersion, ProductDraft draft) {
        Product product = load(id);
        if (product.version() != expectedVersion) {
            throw new CatalogRejection(List.of(FieldProblem.of("", "changed-meanwhile")));
        }
        CheckedDraft checked = rules.check(id, draft, storedImageIds(product));
        if (!checked.acceptable()) {
            throw new CatalogRejection(checked.problems());
        }
        Instant now = clock.now();
        product.revise(draft.categoryId(), draft.name().strip(), draft.slug(), blankToNull(draft.summary()),
                draft.price(), draft.listPrice(), now);
        StockEdit edit = StockEdit.of(product, draft);
        apply(product, edit.draft(), checked);
        save(product, checked, now);
        edit.deltas().forEach(products::shiftStock);
    }

    /**
     * A draft whose existing variants keep the stock they have now (so the save does not write it), and the owner's
     * stock changes to them as deltas from what the form showed, applied to the rows after the save.
     */
    private record StockEdit(ProductDraft draft, Map<String, Integer> deltas) {

        static StockEdit of(Product product, ProductDraft draft) {
            Map<String, Integer> current = new HashMap<>();
            product.variantSpecs().forEach(spec -> current.put(spec.sku(), spec.stock()));
            Map<String, Integer> deltas = new LinkedHashMap<>();
            List<VariantDraft> variants = new ArrayList<>();
            for (VariantDraft variant : draft.variants()) {
                String sku = variant.sku() == null ? null : variant.sku().strip();
                Integer now = sku == null ? null : current.get(sku);
                if (variant.shownStock() == null || now == null) {
                    variants.add(variant);
                    continue;
                }
                deltas.merge(sku, variant.stock() - variant.shownStock(), Integer::sum);
                variants.add(new VariantDraft(variant.optionValues(), variant.sku(), variant.priceDifference(), now,
                        variant.barcode()));
            }
            deltas.values().removeIf(delta -> delta == 0);
            return new StockEdit(new ProductDraft(draft.name(), draft.slug(), draft.categoryId(), draft.brandId(),
                    draft.status(), draft.price(), draft.listPrice(), draft.sale(), draft.summary(),
                    draft.description(), draft.tags(), draft.axes(), variants, draft.images(), draft.taxFree()), deltas);
        }
    }

    @Override
    @Transactional
    public void revise(long id, long expectedVersion, ProductRevision revision) {
        Product product = load(id);
        if (product.version() != expectedVersion) {
            throw new CatalogRejection(List.of(FieldProblem.of("", "changed-meanwhile")));
        }
        ProductDraft draft = revised(editable(product).draft(), revision);
        CheckedDraft checked = rules.check(id, draft, storedImageIds(product));
        if (!checked.acceptable()) {
            throw new CatalogRejection(checked.problems());
        }
        Instant now = clock.now();
        product.revise(draft.categoryId(), draft.name().strip(), draft.slug(), blankToNull(draft.summary()),
                draft.price(), draft.listPrice(), now);
        product.changeStatus(ProductStatus.valueOf(draft.status().name()));
        product.brandedAs(draft.brandId());
        if (draft.taxFree() != null) {
            product.taxedAs(draft.taxFree());
        }
        if (revision.description() != null) {
            product.describe(sanitizer.sanitize(revision.description()));
        }
        save(product, checked, now);
    }

    private static ProductDraft revised(ProductDraft stored, ProductRevision change) {
        return new ProductDraft(or(change.name(), stored.name()), stored.slug(),
                or(change.categoryId(), stored.categoryId()), or(change.brandId(), stored.brandId()),
                or(change.status(), stored.status()), or(change.price(), stored.price()),
                or(change.listPrice(), stored.listPrice()), stored.sale(), or(change.summary(), stored.summary()),
                or(change.description(), stored.description()), stored.tags(), stored.axes(), stored.variants(),
                stored.images(), or(change.taxFree(), stored.taxFree()));
    }

    private static <T> T or(T changed, T stored) {
        return changed != null ? changed : stored;
    }

    private void apply(Product product, ProductDraft draft, CheckedDraft checked) {
        product.changeStatus(ProductStatus.valueOf(draft.status().name()));
        product.brandedAs(draft.brandId());
        if (draft.taxFree() != null) {
            product.taxedAs(draft.taxFree());
        }
        TimedSale sale = draft.sale();
        if (sale == null) {
            product.endSale();
        } else {
            product.putOnSale(sale.price(), sale.startsAt(), sale.endsAt());
        }
        product.describe(sanitizer.sanitize(draft.description()));
        product.retag(new LinkedHashSet<>(draft.tags().stream().map(String::strip).toList()));
        Map<String, List<String>> axes = new LinkedHashMap<>();
        draft.axes().forEach(axis -> axes.put(axis.name().strip(), axis.values()));
        product.replaceOptions(axes);
        product.reviseVariants(draft.variants().stream()
                .map(v -> new VariantSpec(v.sku(), v.label(), v.priceDifference(), v.stock(), blankToNull(v.barcode())))
                .toList());
        List<ImageSpec> images = new ArrayList<>();
        for (int i = 0; i < draft.images().size(); i++) {
            ImageDraft image = draft.images().get(i);
            String alt = blankToNull(image.altText());
            PreparedPicture picture = checked.pictures().get(i);
            images.add(picture != null
                    ? picture.spec(image.optionValue(), alt)
                    : new ImageSpec(image.storedId(), image.optionValue(), null, null, null, alt));
        }
        product.reviseImages(images);
    }

    private long save(Product product, CheckedDraft checked, Instant now) {
        Product saved;
        try {
            saved = products.saveAndFlush(product);
        } catch (DataIntegrityViolationException race) {
            // Another write took the slug or a SKU between the check and this flush.
            String field = String.valueOf(race.getMostSpecificCause().getMessage()).contains("sku") ? "variants" : "slug";
            throw new CatalogRejection(List.of(FieldProblem.of(field, "taken-meanwhile")));
        }
        checked.pictures().values().forEach(pictures::store);
        events.publishEvent(new ProductChanged(saved.id(), now));
        return saved.id();
    }

    private Product load(long id) {
        return products.findById(id).orElseThrow(() -> ShopException.notFound("Product " + id));
    }

    private static Set<Long> storedImageIds(Product product) {
        return product.imageSpecs().stream().map(ImageSpec::id).collect(Collectors.toSet());
    }

    private EditableProduct editable(Product product) {
        List<OptionAxis> axes = product.optionValuesByAxis().entrySet().stream()
                .map(axis -> new OptionAxis(axis.getKey(), axis.getValue())).toList();
        List<VariantDraft> variants = product.variantSpecs().stream()
                .map(v -> new VariantDraft(v.optionValues().isEmpty() ? List.of()
                        : Arrays.asList(v.optionValues().split(VariantDraft.SEPARATOR, -1)),
                        v.sku(), v.priceDifference(), v.stock(), v.barcode()))
                .toList();
        List<ImageSpec> specs = product.imageSpecs();
        TimedSale sale = product.salePrice()
                .map(price -> new TimedSale(price, product.saleStartsAt(), product.saleEndsAt())).orElse(null);
        ProductDraft draft = new ProductDraft(product.name(), product.slug(), product.categoryId(), product.brandId(),
                SaleStatus.valueOf(product.status().name()), product.price(), product.listPrice(), sale,
                product.summary(), product.description(), List.copyOf(product.tags()), axes, variants,
                specs.stream().map(i -> ImageDraft.stored(i.id(), i.optionValue(), i.altText())).toList(),
                product.taxFree());
        List<StoredImage> images = specs.stream()
                .map(i -> new StoredImage(i.id(), i.optionValue(), i.altText(), media.url(i.path()),
                        media.url(i.cardOrOriginal()), media.url(i.detailOrOriginal())))
                .toList();
        return new EditableProduct(product.id(), product.version(), draft, images, product.createdAt(),
                product.updatedAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
