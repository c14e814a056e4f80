package io.tunemall.admin.catalog;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The product form as the owner filled it in. Mutable and mostly text on purpose: a typo such as "12,000원x" must come
 * back in the field next to its error, so nothing here is parsed until {@link ProductForms} builds a draft.
 */
public class ProductForm {

    private Long version;
    private String name;
    private String slug;
    private Long categoryId;
    private Long brandId;
    private String status = "DRAFT";
    private String price;
    private String listPrice;
    private String salePrice;
    private String saleStartsAt;
    private String saleEndsAt;
    private String summary;
    /** Tax-free (면세); an unticked box is not sent, so the form's default is taxable. */
    private boolean taxFree;
    private String description;
    private String tags;
    private List<Axis> axes = new ArrayList<>();
    private List<Variant> variants = new ArrayList<>();
    private List<Image> images = new ArrayList<>();
    private List<Upload> uploads = new ArrayList<>();

    /** One option axis: its name and its values as typed, separated by commas ("블랙, 화이트"). */
    public static class Axis {
        private String name;
        private String values;

        public Axis() {
        }

        Axis(String name, String values) {
            this.name = name;
            this.values = values;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getValues() { return values; }
        public void setValues(String values) { this.values = values; }

        boolean isBlank() {
            return (name == null || name.isBlank()) && (values == null || values.isBlank());
        }
    }

    /** One row of the variant table; {@code optionValues} is the combination it stands for ("블랙 / M"). */
    public static class Variant {
        private String optionValues = "";
        private String sku;
        private String priceDifference = "0";
        private String stock = "0";
        private String barcode;
        /** The stock this row showed when the form was opened; the save applies the owner's change to it as a delta. */
        private String shownStock;

        public Variant() {
        }

        Variant(String optionValues, String sku, String priceDifference, String stock, String barcode) {
            this.optionValues = optionValues;
            this.sku = sku;
            this.priceDifference = priceDifference;
            this.stock = stock;
            this.barcode = barcode;
        }

        public String getOptionValues() { return optionValues; }
        public void setOptionValues(String optionValues) { this.optionValues = optionValues; }
        public String getSku() { return sku; }
        public void setSku(String sku) { this.sku = sku; }
        public String getPriceDifference() { return priceDifference; }
        public void setPriceDifference(String priceDifference) { this.priceDifference = priceDifference; }
        public String getStock() { return stock; }
        public void setStock(String stock) { this.stock = stock; }
        public String getBarcode() { return barcode; }
        public void setBarcode(String barcode) { this.barcode = barcode; }
        public String getShownStock() { return shownStock; }
        public void setShownStock(String shownStock) { this.shownStock = shownStock; }
    }

    /** A stored image: which option value it shows, its alt text, and whether the owner removes it. */
    public static class Image {
        private Long id;
        private String url;
        private String optionValue;
        private String altText;
        private boolean remove;

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public String getOptionValue() { return optionValue; }
        public void setOptionValue(String optionValue) { this.optionValue = optionValue; }
        public String getAltText() { return altText; }
        public void setAltText(String altText) { this.altText = altText; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }

    /** New picture files, all for the product as a whole or all for one option value (블랙). */
    public static class Upload {
        private List<MultipartFile> files = new ArrayList<>();
        private String optionValue;

        public List<MultipartFile> getFiles() { return files; }
        public void setFiles(List<MultipartFile> files) { this.files = files; }
        public String getOptionValue() { return optionValue; }
        public void setOptionValue(String optionValue) { this.optionValue = optionValue; }
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public Long getBrandId() { return brandId; }
    public void setBrandId(Long brandId) { this.brandId = brandId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getPrice() { return price; }
    public void setPrice(String price) { this.price = price; }
    public String getListPrice() { return listPrice; }
    public void setListPrice(String listPrice) { this.listPrice = listPrice; }
    public String getSalePrice() { return salePrice; }
    public void setSalePrice(String salePrice) { this.salePrice = salePrice; }
    public String getSaleStartsAt() { return saleStartsAt; }
    public void setSaleStartsAt(String saleStartsAt) { this.saleStartsAt = saleStartsAt; }
    public String getSaleEndsAt() { return saleEndsAt; }
    public void setSaleEndsAt(String saleEndsAt) { this.saleEndsAt = saleEndsAt; }
    public String getSummary() { return summary; }
    public boolean isTaxFree() { return taxFree; }
    public void setTaxFree(boolean taxFree) { this.taxFree = taxFree; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public List<Axis> getAxes() { return axes; }
    public void setAxes(List<Axis> axes) { this.axes = axes; }
    public List<Variant> getVariants() { return variants; }
    public void setVariants(List<Variant> variants) { this.variants = variants; }
    public List<Image> getImages() { return images; }
    public void setImages(List<Image> images) { this.images = images; }
    public List<Upload> getUploads() { return uploads; }
    public void setUploads(List<Upload> uploads) { this.uploads = uploads; }
}
