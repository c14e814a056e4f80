package io.tunemall.member.api;

/** The member's own view of their points, for the my-page. */
public interface MyPoints {

    /** The balance, what expires soon, and the entries newest first, a page at a time (size capped at 100). */
    PointStatement statement(long memberId, int page, int size);
}
