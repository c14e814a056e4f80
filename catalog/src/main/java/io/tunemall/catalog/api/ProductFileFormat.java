package io.tunemall.catalog.api;

import java.util.Locale;
import java.util.Optional;

/** The file types bulk import and export speak. */
public enum ProductFileFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ProductFileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format a name such as {@code products.XLSX} or {@code csv} stands for. */
    public static Optional<ProductFileFormat> of(String nameOrExtension) {
        if (nameOrExtension == null) {
            return Optional.empty();
        }
        String lower = nameOrExtension.toLowerCase(Locale.ROOT);
        for (ProductFileFormat format : values()) {
            if (lower.equals(format.extension) || lower.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
