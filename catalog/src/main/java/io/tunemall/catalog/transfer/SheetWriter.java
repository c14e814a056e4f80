package io.tunemall.catalog.transfer;

import io.tunemall.catalog.api.ProductFileFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes an export row by row straight to the response, never holding the whole file. */
interface SheetWriter extends AutoCloseable {

    /** Writes one row; a {@link Long} is a number, anything else text. */
    void row(List<Object> cells) throws IOException;

    @Override
    void close() throws IOException;

    static SheetWriter open(OutputStream out, ProductFileFormat format) throws IOException {
        return switch (format) {
            case CSV -> new CsvSheetWriter(out);
            case XLSX -> new XlsxSheetWriter(out);
        };
    }
}
