package io.tunemall.examples.certificates;

import java.time.Instant;

/** A certificate attached to a product, without its file. */
public record Certificate(long id, long productId, String title, String issuer, String filename, String contentType,
        long sizeBytes, Instant uploadedAt, String uploadedBy) {

    /** The size as a shopper reads it: 320 KB, 1.4 MB. */
    public String size() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / 1024.0 / 1024.0);
    }
}
