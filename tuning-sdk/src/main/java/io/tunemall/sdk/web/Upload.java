package io.tunemall.sdk.web;

import java.util.Objects;

/**
 * A file sent with a multipart form.
 *
 * @param field the form field's name
 * @param filename the name the file had on the sender's computer, as sent (never trust it as a path)
 * @param contentType the content type the browser claimed
 * @param bytes the file's content
 * @since 1.0.0
 */
public record Upload(String field, String filename, String contentType, byte[] bytes) {

    public Upload {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(bytes, "bytes");
        contentType = contentType == null ? "application/octet-stream" : contentType;
    }

    public long size() {
        return bytes.length;
    }
}
