package io.tunemall.catalog.transfer;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/** The running counts of one import job; only its own thread touches them. */
final class ImportTally {

    int totalRows;
    int validatedRows;
    int writtenRows;
    int created;
    int updated;
    int unchanged;

    /** Lines with a problem of their own or, in partial mode, of a sibling row of their product. */
    private final BitSet badLines = new BitSet();
    private final Set<String> rejectedProducts = new HashSet<>();

    void bad(int line) {
        badLines.set(line);
    }

    boolean isBad(int line) {
        return badLines.get(line);
    }

    void reject(String productKey) {
        rejectedProducts.add(productKey);
    }

    boolean rejected(String productKey) {
        return rejectedProducts.contains(productKey);
    }

    int badRows() {
        return badLines.cardinality();
    }

    int goodRows() {
        return totalRows - badRows();
    }

    int rejectedProducts() {
        return rejectedProducts.size();
    }
}
