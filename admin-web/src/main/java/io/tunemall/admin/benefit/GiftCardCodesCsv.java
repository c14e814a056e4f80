package io.tunemall.admin.benefit;

import io.tunemall.member.api.IssuedGiftCards;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The codes of a batch just issued, as a CSV file for printing or for sending to the buyer. UTF-8 with a byte
 * order mark, so Excel on Korean Windows reads the batch name correctly.
 */
final class GiftCardCodesCsv {

    private static final String BOM = "\uFEFF";

    private GiftCardCodesCsv() {
    }

    static byte[] write(IssuedGiftCards issued) {
        StringWriter text = new StringWriter();
        text.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            csv.printRecord("serial", "code", "face_value_won", "valid_through", "batch", "batch_name");
            for (IssuedGiftCards.IssuedCode code : issued.codes()) {
                csv.printRecord(code.cardId(), code.code(), issued.batch().faceValue().won(),
                        issued.batch().validThrough(), issued.batch().id(),
                        issued.batch().name() == null ? "" : issued.batch().name());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
