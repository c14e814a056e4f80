package io.tunemall.member.api;

import java.util.List;

/**
 * One page of the member list.
 *
 * @param rows the members, newest first, masked
 * @param total how many members match
 * @param page this page, from 0
 * @param size members per page
 */
public record MemberPage(List<MemberRow> rows, long total, int page, int size) {

    public MemberPage {
        rows = List.copyOf(rows);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
