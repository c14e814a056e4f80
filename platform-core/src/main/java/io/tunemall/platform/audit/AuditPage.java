package io.tunemall.platform.audit;

import java.util.List;

/** One page of audit records, newest first. */
public record AuditPage(List<AuditRecord> records, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
