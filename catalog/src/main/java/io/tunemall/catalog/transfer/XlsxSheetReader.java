package io.tunemall.catalog.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an XLSX workbook as a stream of rows (fastexcel-reader parses the sheet XML as it goes),
 * turning numbers and dates into the text a person typed: 12000 rather than 12000.0, a date cell as
 * {@code yyyy-MM-dd HH:mm:ss}.
 */
final class XlsxSheetReader implements SheetReader {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    XlsxSheetReader(Path file) throws IOException {
        this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        this.rows = workbook.getFirstSheet().openStream();
        this.iterator = rows.iterator();
    }

    @Override
    public SheetRow next() throws IOException {
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            Row row = iterator.next();
            String[] cells = new String[row.getCellCount()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = text(row.getCell(i));
            }
            return new SheetRow(row.getRowNum(), cells);
        } catch (UncheckedIOException failure) {
            throw failure.getCause();
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDate(cell.getDataFormatString())) {
                LocalDateTime moment = cell.asDate();
                return moment == null ? "" : moment.format(DATE_TIME);
            }
            BigDecimal number = cell.asNumber();
            return number == null ? "" : number.stripTrailingZeros().toPlainString();
        }
        String raw = cell.getType() == CellType.FORMULA ? cell.getRawValue() : cell.getText();
        return raw == null ? "" : raw;
    }

    /** Excel marks a date only by its number format: one with a year, day or hour in it is a date. */
    private static boolean isDate(String format) {
        if (format == null) {
            return false;
        }
        String lower = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return lower.contains("y") || lower.contains("d") || lower.contains("h");
    }

    @Override
    public void close() throws IOException {
        rows.close();
        workbook.close();
    }
}
