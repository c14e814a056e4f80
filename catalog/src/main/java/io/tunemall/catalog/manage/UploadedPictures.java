package io.tunemall.catalog.manage;

import io.tunemall.catalog.api.ImageUpload;
import io.tunemall.platform.media.MediaStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded product picture into what the shop serves: the picture re-encoded without its metadata (a phone
 * photo's EXIF carries the place it was taken) and at most {@value #ORIGINAL_MAX} px on its long side, a
 * {@value #CARD_WIDTH} px wide thumbnail for listing cards and a {@value #DETAIL_WIDTH} px wide one for the product
 * page. Only JPEG and PNG are accepted, recognised by their first bytes rather than the name or the browser's word.
 */
@Component
class UploadedPictures {

    static final int CARD_WIDTH = 300;
    static final int DETAIL_WIDTH = 600;
    static final int ORIGINAL_MAX = 2000;
    /** A decoded picture takes 4 bytes a pixel: 40 megapixels is 160 MB of memory, the most one upload may take. */
    static final long MAX_PIXELS = 40_000_000L;

    private static final double JPEG_QUALITY = 0.85;

    private final MediaStore media;

    UploadedPictures(MediaStore media) {
        this.media = media;
    }

    /** Checks and converts the upload; a problem is reported with its reason code, and nothing is stored. */
    PreparedPicture prepare(ImageUpload upload) throws UnacceptablePicture {
        byte[] bytes = upload.content();
        if (bytes == null || bytes.length == 0) {
            throw new UnacceptablePicture("image-empty");
        }
        if (bytes.length > ImageUpload.MAX_BYTES) {
            throw new UnacceptablePicture("image-too-large");
        }
        String format = formatOf(bytes);
        if (format == null) {
            throw new UnacceptablePicture("image-type");
        }
        Dimensions size = dimensions(bytes);
        if ((long) size.width() * size.height() > MAX_PIXELS) {
            throw new UnacceptablePicture("image-too-many-pixels");
        }
        try {
            byte[] original = convert(bytes, format, Math.min(ORIGINAL_MAX, size.width()),
                    Math.min(ORIGINAL_MAX, size.height()));
            byte[] card = convert(bytes, format, Math.min(CARD_WIDTH, size.width()), Integer.MAX_VALUE);
            byte[] detail = convert(bytes, format, Math.min(DETAIL_WIDTH, size.width()), Integer.MAX_VALUE);
            String hash = sha256(bytes);
            return new PreparedPicture("products/" + hash.substring(0, 2) + "/" + hash, format, original, card, detail);
        } catch (IOException | RuntimeException unreadable) {
            throw new UnacceptablePicture("image-unreadable");
        }
    }

    /** Writes the picture and its thumbnails to the media store. */
    void store(PreparedPicture picture) {
        storeOnce(picture.originalPath(), picture.original());
        storeOnce(picture.cardPath(), picture.card());
        storeOnce(picture.detailPath(), picture.detail());
    }

    private void storeOnce(String path, byte[] content) {
        if (!media.exists(path)) {
            media.store(path, content);
        }
    }

    private static String formatOf(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "jpg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (bytes.length > png.length) {
            for (int i = 0; i < png.length; i++) {
                if (bytes[i] != png[i]) {
                    return null;
                }
            }
            return "png";
        }
        return null;
    }

    private record Dimensions(int width, int height) {
    }

    /** Reads the size from the header alone, so an oversized picture is refused before it is decoded. */
    private static Dimensions dimensions(byte[] bytes) throws UnacceptablePicture {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnacceptablePicture("image-unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return new Dimensions(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new UnacceptablePicture("image-unreadable");
        }
    }

    private static byte[] convert(byte[] bytes, String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thumbnails.Builder<?> builder = height == Integer.MAX_VALUE
                ? Thumbnails.of(new ByteArrayInputStream(bytes)).width(width)
                : Thumbnails.of(new ByteArrayInputStream(bytes)).size(width, height);
        builder.outputFormat(format);
        if (format.equals("jpg")) {
            builder.outputQuality(JPEG_QUALITY);
        }
        builder.toOutputStream(out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    /** Why an upload was refused, as the reason code of a {@code FieldProblem}. */
    static final class UnacceptablePicture extends Exception {

        private final String code;

        UnacceptablePicture(String code) {
            super(code, null, false, false);
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
