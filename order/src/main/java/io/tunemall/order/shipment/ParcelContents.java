package io.tunemall.order.shipment;

import io.tunemall.order.api.ShipmentLine;
import io.tunemall.order.api.ShipmentRejected;
import io.tunemall.order.order.Order;
import io.tunemall.order.order.OrderLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a new parcel holds, checked against what the order has left to ship. */
final class ParcelContents {

    private ParcelContents() {
    }

    /**
     * The parcel's lines and units.
     *
     * @param earlier the lines of the parcels already sent
     * @param asked empty: everything still to ship
     * @throws ShipmentRejected for an unknown or cancelled line, a quantity below 1 or above what is left, or nothing
     *     left to ship
     */
    static Map<Integer, Integer> of(Order order, List<Map<Integer, Integer>> earlier, List<ShipmentLine> asked) {
        Map<Integer, Integer> shipped = shipped(earlier);
        Map<Integer, Integer> left = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            if (line.ordered()) {
                int remaining = line.quantity() - shipped.getOrDefault(line.lineNumber(), 0);
                if (remaining > 0) {
                    left.put(line.lineNumber(), remaining);
                }
            }
        }
        if (asked.isEmpty()) {
            if (left.isEmpty()) {
                throw new ShipmentRejected("Everything of order " + order.orderNumber() + " has shipped already");
            }
            return left;
        }
        Map<Integer, Integer> parcel = new LinkedHashMap<>();
        for (ShipmentLine line : asked) {
            parcel.merge(line.lineNumber(), line.quantity(), Integer::sum);
        }
        for (Map.Entry<Integer, Integer> line : parcel.entrySet()) {
            int number = line.getKey();
            boolean exists = order.lines().stream().anyMatch(l -> l.lineNumber() == number);
            if (!exists) {
                throw new ShipmentRejected("Order " + order.orderNumber() + " has no line " + number);
            }
            if (line.getValue() < 1) {
                throw new ShipmentRejected("Line " + number + ": ship at least 1 unit");
            }
            int remaining = left.getOrDefault(number, 0);
            if (line.getValue() > remaining) {
                throw new ShipmentRejected("Line " + number + ": " + line.getValue() + " to ship, " + remaining
                        + " left (cancelled or shipped already)");
            }
        }
        return parcel;
    }

    /** Units shipped so far per line. */
    static Map<Integer, Integer> shipped(List<Map<Integer, Integer>> parcels) {
        Map<Integer, Integer> shipped = new LinkedHashMap<>();
        parcels.forEach(parcel -> parcel.forEach((line, quantity) -> shipped.merge(line, quantity, Integer::sum)));
        return shipped;
    }
}
