package io.tunemall.member.api;

/**
 * A search of the member list.
 *
 * @param query an exact email or phone number, or blank for every member
 * @param status only members in this state, or null for all
 * @param page the page, from 0
 * @param size members per page
 */
public record MemberSearch(String query, MemberStatus status, int page, int size) {

    public MemberSearch {
        page = Math.max(0, page);
        size = Math.min(100, Math.max(1, size));
    }
}
