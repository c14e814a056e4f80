package io.tunemall.admin;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real picture files drawn for the tests, so uploads go through the real decoder and thumbnailer. */
final class TestPictures {

    private TestPictures() {
    }

    static byte[] png(int width, int height, Color colour) {
        return encode(width, height, colour, "png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg(int width, int height, Color colour) {
        return encode(width, height, colour, "jpg", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] gif(int width, int height) {
        return encode(width, height, Color.RED, "gif", BufferedImage.TYPE_INT_RGB);
    }

    static int widthOf(byte[] picture) {
        try {
            return ImageIO.read(new ByteArrayInputStream(picture)).getWidth();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static byte[] encode(int width, int height, Color colour, String format, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return out.toByteArray();
    }
}
