package io.tunemall.catalog.transfer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file in UTF-8 (with or without a byte order mark) or CP949/EUC-KR, one record at a time. */
final class CsvSheetReader implements SheetReader {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvSheetReader(Path file) throws IOException {
        CsvCharsets.Detected encoding = CsvCharsets.detect(file);
        var in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        Reader reader = new InputStreamReader(in, encoding.charset());
        this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader);
        this.records = parser.iterator();
    }

    @Override
    public SheetRow next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            // The record number, not the physical line: a quoted cell may span lines, and spreadsheets count rows.
            return new SheetRow((int) record.getRecordNumber(), record.values());
        } catch (java.io.UncheckedIOException failure) {
            throw failure.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
