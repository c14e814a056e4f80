package io.tunemall.catalog.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells which encoding a CSV file is in. Excel in Korea saves "CSV UTF-8" with a byte order mark, but plain "CSV" in
 * CP949 (Windows' superset of EUC-KR); other tools write UTF-8 without a mark. A file that is valid UTF-8 from start
 * to end is read as UTF-8 (CP949 Hangul is practically never valid UTF-8), anything else as CP949.
 */
final class CsvCharsets {

    /** Windows code page 949; decodes EUC-KR files too, being its superset. */
    static final Charset CP949 = Charset.forName("x-windows-949");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    record Detected(Charset charset, int bomLength) {
    }

    static Detected detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length == 3 && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1] && head[2] == UTF8_BOM[2]) {
                return new Detected(StandardCharsets.UTF_8, 3);
            }
            if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                    || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                throw new UnsupportedEncoding("UTF-16");
            }
        }
        return new Detected(validUtf8(file) ? StandardCharsets.UTF_8 : CP949, 0);
    }

    private static boolean validUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        } catch (CharacterCodingException malformed) {
            return false;
        }
    }

    /** A file in an encoding the import does not read, such as Excel's "Unicode text" (UTF-16). */
    static final class UnsupportedEncoding extends IOException {
        UnsupportedEncoding(String encoding) {
            super(encoding);
        }
    }

    private CsvCharsets() {
    }
}
