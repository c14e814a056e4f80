package io.tunemall.member.benefit.point;

/**
 * Points going back from a spend to the credit they came from.
 *
 * @param lapsed whether that credit has expired meanwhile: the points cannot rejoin it and are reissued instead
 */
record GiveBack(long allocationId, long creditId, long amount, boolean lapsed) {
}
