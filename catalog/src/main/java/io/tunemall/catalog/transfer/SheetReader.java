package io.tunemall.catalog.transfer;

import io.tunemall.catalog.api.ProductFileFormat;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Reads an import file row by row, header first, without holding the file in memory. */
interface SheetReader extends Closeable {

    /** The next row, or null after the last. */
    SheetRow next() throws IOException;

    /** The first row that is not blank: the header. */
    default SheetRow header() throws IOException {
        SheetRow row = next();
        while (row != null && row.blank()) {
            row = next();
        }
        return row;
    }

    static SheetReader open(Path file, ProductFileFormat format) throws IOException {
        return switch (format) {
            case CSV -> new CsvSheetReader(file);
            case XLSX -> new XlsxSheetReader(file);
        };
    }
}
