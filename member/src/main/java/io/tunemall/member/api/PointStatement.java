package io.tunemall.member.api;

import java.util.List;

/** A member's balance with a page of their entries, newest first. */
public record PointStatement(PointBalance balance, List<PointEntryRow> entries, int page, boolean hasNext) {
}
