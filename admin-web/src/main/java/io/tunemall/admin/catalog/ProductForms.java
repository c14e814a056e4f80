package io.tunemall.admin.catalog;

import io.tunemall.catalog.api.EditableProduct;
import io.tunemall.catalog.api.FieldProblem;
import io.tunemall.catalog.api.ImageDraft;
import io.tunemall.catalog.api.ImageUpload;
import io.tunemall.catalog.api.OptionAxis;
import io.tunemall.catalog.api.ProductDraft;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.catalog.api.StoredImage;
import io.tunemall.catalog.api.TimedSale;
import io.tunemall.catalog.api.VariantDraft;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Turns a stored product into the form and the form back into a draft, reading prices, stock and dates as typed. */
@Component
class ProductForms {

    private static final Pattern MONEY_DECORATION = Pattern.compile("[,\\s원₩]");

    private final ShopClock clock;

    ProductForms(ShopClock clock) {
        this.clock = clock;
    }

    ProductForm blank() {
        ProductForm form = new ProductForm();
        form.getVariants().add(new ProductForm.Variant("", "", "0", "0", null));
        return form;
    }

    ProductForm from(EditableProduct product) {
        ProductDraft draft = product.draft();
        ProductForm form = new ProductForm();
        form.setVersion(product.version());
        form.setName(draft.name());
        form.setSlug(draft.slug());
        form.setCategoryId(draft.categoryId());
        form.setBrandId(draft.brandId());
        form.setStatus(draft.status().name());
        form.setPrice(String.valueOf(draft.price().won()));
        form.setListPrice(String.valueOf(draft.listPrice().won()));
        if (draft.sale() != null) {
            form.setSalePrice(String.valueOf(draft.sale().price().won()));
            form.setSaleStartsAt(local(draft.sale().startsAt()));
            form.setSaleEndsAt(local(draft.sale().endsAt()));
        }
        form.setSummary(draft.summary());
        form.setTaxFree(Boolean.TRUE.equals(draft.taxFree()));
        form.setDescription(draft.description());
        form.setTags(String.join(", ", draft.tags()));
        draft.axes().forEach(axis -> form.getAxes().add(new ProductForm.Axis(axis.name(), String.join(", ", axis.values()))));
        for (VariantDraft v : draft.variants()) {
            ProductForm.Variant row = new ProductForm.Variant(v.label(), v.sku(),
                    String.valueOf(v.priceDifference().won()), String.valueOf(v.stock()), v.barcode());
            row.setShownStock(String.valueOf(v.stock()));
            form.getVariants().add(row);
        }
        for (StoredImage stored : product.images()) {
            ProductForm.Image image = new ProductForm.Image();
            image.setId(stored.id());
            image.setUrl(stored.cardUrl());
            image.setOptionValue(stored.optionValue());
            image.setAltText(stored.altText());
            form.getImages().add(image);
        }
        return form;
    }

    DraftFromForm draft(ProductForm form) {
        List<FieldProblem> unreadable = new ArrayList<>();
        Money price = money(form.getPrice(), "price", unreadable);
        Money listPrice = money(form.getListPrice(), "listPrice", unreadable);
        Money salePrice = money(form.getSalePrice(), "salePrice", unreadable);
        Instant saleStarts = moment(form.getSaleStartsAt(), "saleStartsAt", unreadable);
        Instant saleEnds = moment(form.getSaleEndsAt(), "saleEndsAt", unreadable);
        boolean saleTyped = !blank(form.getSalePrice()) || saleStarts != null || saleEnds != null;
        TimedSale sale = saleTyped && !hasProblem(unreadable, "salePrice")
                ? new TimedSale(salePrice, saleStarts, saleEnds) : null;
        List<VariantDraft> variants = new ArrayList<>();
        for (int i = 0; i < form.getVariants().size(); i++) {
            ProductForm.Variant row = form.getVariants().get(i);
            String field = "variants[" + i + "]";
            Money difference = money(row.getPriceDifference(), field + ".priceDifference", unreadable);
            Integer stock = whole(row.getStock(), field + ".stock", unreadable);
            variants.add(new VariantDraft(values(row.getOptionValues()), trimmed(row.getSku()),
                    difference == null ? Money.ZERO : difference, stock == null ? 0 : stock, trimmed(row.getBarcode()),
                    shown(row.getShownStock())));
        }
        Map<Integer, String> imageFields = new HashMap<>();
        List<ImageDraft> images = new ArrayList<>();
        for (int i = 0; i < form.getImages().size(); i++) {
            ProductForm.Image image = form.getImages().get(i);
            if (!image.isRemove() && image.getId() != null) {
                imageFields.put(images.size(), "images[" + i + "]");
                images.add(ImageDraft.stored(image.getId(), trimmed(image.getOptionValue()), image.getAltText()));
            }
        }
        for (int u = 0; u < form.getUploads().size(); u++) {
            ProductForm.Upload upload = form.getUploads().get(u);
            for (MultipartFile file : upload.getFiles()) {
                if (file != null && !file.isEmpty()) {
                    imageFields.put(images.size(), "uploads[" + u + "]");
                    images.add(ImageDraft.uploaded(new ImageUpload(file.getOriginalFilename(), bytes(file)),
                            trimmed(upload.getOptionValue()), null));
                }
            }
        }
        ProductDraft draft = new ProductDraft(trimmed(form.getName()), trimmed(form.getSlug()), form.getCategoryId(),
                form.getBrandId(), status(form.getStatus()), price, listPrice, sale, form.getSummary(),
                form.getDescription(), commaList(form.getTags()), axes(form), variants, images, form.isTaxFree());
        return new DraftFromForm(draft, unreadable, imageFields);
    }

    /** The axes the owner filled in; a row left empty is no axis. */
    static List<OptionAxis> axes(ProductForm form) {
        return form.getAxes().stream()
                .filter(axis -> !axis.isBlank())
                .map(axis -> new OptionAxis(trimmed(axis.getName()), commaList(axis.getValues())))
                .toList();
    }

    static List<String> commaList(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(value -> !value.isEmpty()).distinct().toList();
    }

    private static List<String> values(String label) {
        return label == null || label.isEmpty() ? List.of() : List.of(label.split(VariantDraft.SEPARATOR, -1));
    }

    private static Money money(String text, String field, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        String digits = MONEY_DECORATION.matcher(text).replaceAll("");
        if (!digits.matches("[0-9]{1,15}")) {
            problems.add(FieldProblem.of(field, "money-invalid"));
            return null;
        }
        return Money.won(Long.parseLong(digits));
    }

    private static Integer whole(String text, String field, List<FieldProblem> problems) {
        String digits = text == null ? "" : text.replace(",", "").strip();
        if (!digits.matches("-?[0-9]{1,9}")) {
            problems.add(FieldProblem.of(field, "number-invalid"));
            return null;
        }
        return Integer.parseInt(digits);
    }

    /** The hidden stock the form was opened with; a row added in the browser (or a tampered value) has none. */
    private static Integer shown(String text) {
        return text == null || !text.strip().matches("[0-9]{1,9}") ? null : Integer.valueOf(text.strip());
    }

    private Instant moment(String text, String field, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(clock.zone()).toInstant();
        } catch (DateTimeParseException unreadable) {
            problems.add(FieldProblem.of(field, "date-invalid"));
            return null;
        }
    }

    /** A moment as the datetime-local input shows it, in the shop's time zone. */
    private String local(Instant moment) {
        return moment == null ? null
                : LocalDateTime.ofInstant(moment, clock.zone()).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static SaleStatus status(String text) {
        try {
            return text == null ? null : SaleStatus.valueOf(text);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean hasProblem(List<FieldProblem> problems, String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not read the uploaded file " + file.getOriginalFilename(), failure);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }
}
