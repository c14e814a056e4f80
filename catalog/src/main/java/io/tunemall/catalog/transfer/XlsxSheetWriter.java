package io.tunemall.catalog.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An XLSX workbook written as a stream with fastexcel: rows are flushed to the output every thousand, and text is
 * written as inline strings so no shared-string table grows with the file. Text cells stay text, so SKUs and
 * barcodes such as 0012 keep their leading zeros.
 */
final class XlsxSheetWriter implements SheetWriter {

    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxSheetWriter(OutputStream out) {
        this.workbook = new Workbook(out, "Tunemall", "1.0");
        this.sheet = workbook.newWorksheet("products");
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int column = 0; column < cells.size(); column++) {
            Object cell = cells.get(column);
            if (cell instanceof Long number) {
                sheet.value(row, column, number);
            } else if (cell != null && !cell.toString().isEmpty()) {
                sheet.inlineString(row, column, cell.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
