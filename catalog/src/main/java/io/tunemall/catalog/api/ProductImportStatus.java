package io.tunemall.catalog.api;

/** Where an import job is. */
public enum ProductImportStatus {
    /** Accepted, waiting for its thread. */
    QUEUED,
    /** Counting and checking every row; nothing written yet. */
    VALIDATING,
    /** Writing the good products in batches. */
    WRITING,
    /** Done: the good products are in the catalog (in partial mode the bad ones are reported and left out). */
    COMPLETED,
    /** Nothing written: the file could not be read, or it had bad rows and the owner chose all-or-nothing. */
    REJECTED,
    /** Stopped by an unexpected error; the message says what was written (nothing, in all-or-nothing mode). */
    FAILED,
    /** The node running it stopped; in all-or-nothing mode nothing was written. */
    INTERRUPTED;

    public boolean running() {
        return this == QUEUED || this == VALIDATING || this == WRITING;
    }
}
