package io.tunemall.catalog.api;

/** A picture file the owner uploaded, as received: JPEG and PNG up to 10 MB are accepted. */
public record ImageUpload(String fileName, byte[] content) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
}
