package io.tunemall.catalog.product;

import io.tunemall.sdk.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "brand_id")
    private Long brandId;

    private String name;

    private String slug;

    private String summary;

    /** Rich text, stored only after sanitizing: shoppers' browsers render it as HTML. */
    private String description;

    private long price;

    @Column(name = "list_price")
    private long listPrice;

    /** Tax-free (면세): its VAT-inclusive price holds no VAT. False, taxable (과세), unless the owner says otherwise. */
    @Column(name = "tax_free")
    private boolean taxFree;

    /** A timed sale price, in force from {@code saleStartsAt} (inclusive) until {@code saleEndsAt} (exclusive). */
    @Column(name = "sale_price")
    private Long salePrice;

    @Column(name = "sale_starts_at")
    private Instant saleStartsAt;

    @Column(name = "sale_ends_at")
    private Instant saleEndsAt;

    /** Grows with sales and views; orders the "popular" sort. */
    private long popularity;

    @Enumerated(EnumType.STRING)
    private ProductStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProductOption> options = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProductVariant> variants = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProductImage> images = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "product_tag", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    protected Product() {
    }

    public Product(long categoryId, String name, String slug, String summary, Money price, Money listPrice, Instant now) {
        if (price.isGreaterThan(listPrice)) {
            throw new IllegalArgumentException("The price of " + name + " is above its list price");
        }
        this.categoryId = categoryId;
        this.name = name;
        this.slug = slug;
        this.summary = summary;
        this.price = price.won();
        this.listPrice = listPrice.won();
        this.status = ProductStatus.ON_SALE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void addOptionValue(String axis, String value) {
        options.add(new ProductOption(this, axis, value, options.size()));
    }

    public void addVariant(String sku, String optionValues, Money priceDifference, int stock) {
        variants.add(new ProductVariant(this, sku, optionValues, priceDifference.won(), stock, variants.size()));
    }

    /** Adds an image; {@code optionValue} ties it to one option value, or is null for the product as a whole. */
    public void addImage(String optionValue, String path, String altText) {
        images.add(new ProductImage(this, optionValue, path, altText, images.size()));
    }

    /**
     * The price a shopper pays at the given moment: the sale price while the sale runs, the regular price otherwise.
     */
    public Money priceAt(Instant moment) {
        boolean onSale = salePrice != null
                && (saleStartsAt == null || !moment.isBefore(saleStartsAt))
                && (saleEndsAt == null || moment.isBefore(saleEndsAt));
        return Money.won(onSale ? salePrice : price);
    }

    public void putOnSale(Money saleMoney, Instant startsAt, Instant endsAt) {
        if (saleMoney.isGreaterThan(price())) {
            throw new IllegalArgumentException("A sale price above the regular price is no sale: " + name);
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A sale must end after it starts: " + name);
        }
        this.salePrice = saleMoney.won();
        this.saleStartsAt = startsAt;
        this.saleEndsAt = endsAt;
    }

    public void endSale() {
        this.salePrice = null;
        this.saleStartsAt = null;
        this.saleEndsAt = null;
    }

    public void brandedAs(Long brand) {
        this.brandId = brand;
    }

    public void taxedAs(boolean taxFree) {
        this.taxFree = taxFree;
    }

    public boolean taxFree() {
        return taxFree;
    }

    public void describe(String sanitizedHtml) {
        this.description = sanitizedHtml;
    }

    public void tag(String tag) {
        tags.add(tag);
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public Long brandId() {
        return brandId;
    }

    public Long categoryId() {
        return categoryId;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public long popularity() {
        return popularity;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public Money price() {
        return Money.won(price);
    }

    public Money listPrice() {
        return Money.won(listPrice);
    }

    public ProductStatus status() {
        return status;
    }

    public Optional<String> mainImagePath() {
        return images.stream().findFirst().map(ProductImage::path);
    }

    /** Sold out when its status says so or when no variant has stock left. */
    public boolean soldOut() {
        return status == ProductStatus.SOLD_OUT
                || (!variants.isEmpty() && variants.stream().allMatch(variant -> variant.stock() <= 0));
    }

    /** Changes what the owner edits in the product form; the price must stay at or below the list price. */
    public void revise(long newCategoryId, String newName, String newSlug, String newSummary, Money newPrice,
            Money newListPrice, Instant now) {
        if (newPrice.isGreaterThan(newListPrice)) {
            throw new IllegalArgumentException("The price of " + newName + " is above its list price");
        }
        this.categoryId = newCategoryId;
        this.name = newName;
        this.slug = newSlug;
        this.summary = newSummary;
        this.price = newPrice.won();
        this.listPrice = newListPrice.won();
        this.updatedAt = now;
    }

    public void changeStatus(ProductStatus newStatus) {
        this.status = newStatus;
    }

    /** Replaces the option axes (색상, 사이즈) and their values, both in the given order. */
    public void replaceOptions(Map<String, List<String>> valuesByAxis) {
        // A value that stays keeps its row: Hibernate inserts before it deletes orphans, so dropping and re-adding
        // the same (axis, value) would break the unique key.
        Map<String, ProductOption> current = new HashMap<>();
        options.forEach(option -> current.put(option.axis() + "\n" + option.value(), option));
        List<ProductOption> revised = new ArrayList<>();
        valuesByAxis.forEach((axis, values) -> values.forEach(value -> {
            ProductOption option = current.remove(axis + "\n" + value);
            if (option == null) {
                option = new ProductOption(this, axis, value, revised.size());
            }
            option.reorder(revised.size());
            revised.add(option);
        }));
        options.clear();
        options.addAll(revised);
    }

    /** Makes the variants exactly these, in this order; a variant whose option values stay keeps its id. */
    public void reviseVariants(List<VariantSpec> specs) {
        Map<String, ProductVariant> current = new HashMap<>();
        variants.forEach(variant -> current.put(variant.optionValues(), variant));
        Set<String> kept = new HashSet<>();
        specs.forEach(spec -> kept.add(spec.optionValues()));
        // A variant whose combination goes away but whose SKU lives on in a new combination is reused rather than
        // deleted and re-inserted: Hibernate inserts before it deletes orphans, which would break the unique SKU.
        Map<String, ProductVariant> leavingBySku = new HashMap<>();
        variants.stream().filter(variant -> !kept.contains(variant.optionValues()))
                .forEach(variant -> leavingBySku.put(variant.spec().sku(), variant));
        List<ProductVariant> revised = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            VariantSpec spec = specs.get(i);
            ProductVariant variant = current.remove(spec.optionValues());
            if (variant == null) {
                variant = leavingBySku.remove(spec.sku());
            }
            if (variant == null) {
                variant = new ProductVariant(this, spec.sku(), spec.optionValues(), 0, 0, i);
            }
            variant.revise(spec, i);
            revised.add(variant);
        }
        variants.clear();
        variants.addAll(revised);
    }

    /** Makes the images exactly these, in this order: stored ones (with an id) are kept, new ones added. */
    public void reviseImages(List<ImageSpec> specs) {
        Map<Long, ProductImage> current = new HashMap<>();
        images.forEach(image -> current.put(image.id(), image));
        List<ProductImage> revised = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ImageSpec spec = specs.get(i);
            ProductImage image = spec.id() == null ? null : current.remove(spec.id());
            if (image == null) {
                revised.add(new ProductImage(this, spec, i));
            } else {
                image.rearrange(spec.optionValue(), spec.altText(), i);
                revised.add(image);
            }
        }
        images.clear();
        images.addAll(revised);
    }

    public void retag(Collection<String> newTags) {
        tags.clear();
        tags.addAll(newTags);
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Money> salePrice() {
        return Optional.ofNullable(salePrice).map(Money::won);
    }

    public Instant saleStartsAt() {
        return saleStartsAt;
    }

    public Instant saleEndsAt() {
        return saleEndsAt;
    }

    /** The option axes in order, each with its values in order: 색상 = [블랙, 화이트], 사이즈 = [S, M]. */
    public Map<String, List<String>> optionValuesByAxis() {
        Map<String, List<String>> byAxis = new LinkedHashMap<>();
        options.forEach(option -> byAxis.computeIfAbsent(option.axis(), axis -> new ArrayList<>()).add(option.value()));
        return byAxis;
    }

    public List<VariantSpec> variantSpecs() {
        return variants.stream().map(ProductVariant::spec).toList();
    }

    /** The images in gallery order, each with its thumbnails; those tied to an option value name it. */
    public List<ImageSpec> imageSpecs() {
        return images.stream().map(ProductImage::spec).toList();
    }

    /** The picture for a listing card: the first image's card thumbnail, or the image itself when it has none. */
    public Optional<String> cardImagePath() {
        return images.stream().findFirst().map(image -> image.spec().cardOrOriginal());
    }

    /** The values of every option axis in order (블랙, M, ...): shoppers search by them. */
    public List<String> optionValues() {
        return options.stream().map(ProductOption::value).toList();
    }
}
