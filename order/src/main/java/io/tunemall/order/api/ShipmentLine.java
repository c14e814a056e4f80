package io.tunemall.order.api;

/**
 * Units of one order line in a parcel.
 *
 * @param lineNumber 1-based, as the order shows it
 */
public record ShipmentLine(int lineNumber, int quantity) {
}
