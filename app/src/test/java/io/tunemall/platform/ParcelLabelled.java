package io.tunemall.platform;

/** A domain event that exists only in the tests of the outbox. */
record ParcelLabelled(String parcel) {
}
