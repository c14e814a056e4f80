package io.tunemall.platform.media;

import io.tunemall.platform.PlatformProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Media on the local disk under {@code {data-dir}/media}, served at {@code /media/**} with a year-long cache lifetime:
 * a changed image gets a new path, so browsers never need to ask again.
 */
@Component
class LocalMediaStore implements MediaStore, WebMvcConfigurer {

    private static final String URL_PREFIX = "/media/";

    private final Path root;

    LocalMediaStore(PlatformProperties properties) {
        this.root = properties.dataDir().resolve("media").toAbsolutePath().normalize();
    }

    @Override
    public void store(String path, byte[] content) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not store media file " + path, failure);
        }
    }

    @Override
    public boolean exists(String path) {
        return Files.isRegularFile(resolve(path));
    }

    @Override
    public String url(String path) {
        return URL_PREFIX + path;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(URL_PREFIX + "**")
                .addResourceLocations(root.toUri().toString().replaceFirst("/?$", "/"))
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }

    private Path resolve(String path) {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("Media path escapes the media folder: " + path);
        }
        return target;
    }
}
