package io.tunemall.member.benefit.point;

/** Points taken from one credit entry by a debit. */
record Take(long creditId, long amount) {
}
