package io.tunemall.catalog.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gathers the rows of each product and hands them on once the product's last row has been read. Knowing every
 * product's last line (from a first, counting read of the file) keeps memory to the products still open: one at a
 * time when a product's rows are together, as in every export.
 */
final class RowGroups {

    private final Map<String, Integer> lastLines;
    private final Consumer<List<ParsedRow>> complete;
    private final Map<String, List<ParsedRow>> open = new HashMap<>();

    RowGroups(Map<String, Integer> lastLines, Consumer<List<ParsedRow>> complete) {
        this.lastLines = lastLines;
        this.complete = complete;
    }

    void add(ParsedRow row) {
        String key = row.productKey();
        Integer last = lastLines.get(key);
        if (key.isEmpty() || last == null) {
            complete.accept(List.of(row));
            return;
        }
        List<ParsedRow> rows = open.computeIfAbsent(key, k -> new ArrayList<>());
        rows.add(row);
        if (row.line() >= last) {
            open.remove(key);
            complete.accept(rows);
        }
    }
}
