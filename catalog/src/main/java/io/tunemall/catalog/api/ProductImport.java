package io.tunemall.catalog.api;

import java.time.Instant;

/**
 * A bulk import as the owner follows it: where it is and what it did. Rows are counted as in the file, without
 * its header row; products are counted once however many variant rows they have.
 */
public record ProductImport(long id, String fileName, ProductFileFormat format, ProductImportMode mode,
        ProductImportStatus status, int totalRows, int validatedRows, int writtenRows, int goodRows, int badRows,
        int productsCreated, int productsUpdated, int productsUnchanged, int productsRejected, String startedBy,
        String message, Instant createdAt, Instant startedAt, Instant finishedAt) {

    public boolean running() {
        return status.running();
    }

    /** How far the job is, 0 to 100: reading and checking every row is the first half, writing the second. */
    public int percent() {
        if (!running()) {
            return 100;
        }
        if (totalRows == 0) {
            return 0;
        }
        int toWrite = status == ProductImportStatus.WRITING ? Math.max(goodRows, 1) : Math.max(totalRows, 1);
        long done = (long) validatedRows * 50 / totalRows + (long) writtenRows * 50 / toWrite;
        return (int) Math.min(99, done);
    }
}
