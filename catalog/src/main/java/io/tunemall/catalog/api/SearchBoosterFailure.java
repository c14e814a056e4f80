package io.tunemall.catalog.api;

import java.time.Instant;

/** A search booster of a tuning module that threw: it was skipped for those searches, which still answered. */
public record SearchBoosterFailure(String booster, long failures, String lastError, Instant lastFailedAt) {
}
