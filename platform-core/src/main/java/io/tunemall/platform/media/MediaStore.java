package io.tunemall.platform.media;

/**
 * Where uploaded and generated files (product images, thumbnails) live. The default keeps them on the local disk
 * under the data directory; a shared store (S3-compatible) is another implementation of this interface.
 */
public interface MediaStore {

    /** Stores the bytes under a relative path such as {@code products/12/main.jpg}, replacing what was there. */
    void store(String path, byte[] content);

    boolean exists(String path);

    /** The URL path a browser fetches the file from. */
    String url(String path);
}
