package io.tunemall.order.shipment;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.ShipmentHistoryEntry;
import io.tunemall.order.api.ShipmentLine;
import io.tunemall.order.api.ShipmentRejected;
import io.tunemall.order.api.ShipmentStatus;
import io.tunemall.order.api.ShipmentView;
import io.tunemall.sdk.event.Initiator;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One parcel of an order: what it holds, the carrier and tracking number, its status and the history of it. */
@Entity(name = "OrderShipment")
@Table(name = "order_shipment")
class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id")
    private long orderId;

    @Column(name = "order_number")
    private String orderNumber;

    @Column(name = "shipment_no")
    private int shipmentNo;

    @Column(name = "carrier_code")
    private String carrierCode;

    @Column(name = "carrier_name")
    private String carrierName;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "tracking_url")
    private String trackingUrl;

    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "order_shipment_line", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderBy("lineNo")
    private List<Line> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "order_shipment_history", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderBy("position")
    private List<Step> history = new ArrayList<>();

    protected Shipment() {
    }

    Shipment(long orderId, String orderNumber, int shipmentNo, String carrierCode, String carrierName,
            String trackingNumber, String trackingUrl, Map<Integer, Integer> lineQuantities, Actor actor, Instant at) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.shipmentNo = shipmentNo;
        this.carrierCode = carrierCode;
        this.carrierName = carrierName;
        this.trackingNumber = trackingNumber;
        this.trackingUrl = trackingUrl;
        this.status = ShipmentStatus.SHIPPED;
        this.shippedAt = at;
        this.updatedAt = at;
        lineQuantities.forEach((line, quantity) -> lines.add(new Line(line, quantity)));
        history.add(new Step(0, ShipmentStatus.SHIPPED, actor, at));
    }

    /** Moves the parcel on; false when it already is there (a repeated update changes nothing). */
    boolean become(ShipmentStatus next, Actor actor, Instant at) {
        if (next == status) {
            return false;
        }
        if (!status.mayBecome(next)) {
            throw new ShipmentRejected("Shipment " + shipmentNo + " of order " + orderNumber + " is " + status
                    + " and cannot go back to " + next);
        }
        status = next;
        updatedAt = at;
        if (next == ShipmentStatus.DELIVERED) {
            deliveredAt = at;
        }
        history.add(new Step(history.size(), next, actor, at));
        return true;
    }

    int shipmentNo() {
        return shipmentNo;
    }

    String orderNumber() {
        return orderNumber;
    }

    String carrierCode() {
        return carrierCode;
    }

    String carrierName() {
        return carrierName;
    }

    String trackingNumber() {
        return trackingNumber;
    }

    String trackingUrl() {
        return trackingUrl;
    }

    ShipmentStatus status() {
        return status;
    }

    /** Line number to units, in line order. */
    Map<Integer, Integer> lineQuantities() {
        Map<Integer, Integer> quantities = new LinkedHashMap<>();
        lines.forEach(line -> quantities.merge(line.lineNo, line.quantity, Integer::sum));
        return quantities;
    }

    ShipmentView view() {
        return new ShipmentView(orderNumber, shipmentNo, carrierCode, carrierName, trackingNumber, trackingUrl, status,
                shippedAt, deliveredAt, lines.stream().map(line -> new ShipmentLine(line.lineNo, line.quantity)).toList(),
                history.stream().map(step -> new ShipmentHistoryEntry(step.status, step.initiator, step.actorName,
                        step.happenedAt)).toList());
    }

    @Embeddable
    static class Line {

        @Column(name = "line_no")
        private int lineNo;

        private int quantity;

        protected Line() {
        }

        Line(int lineNo, int quantity) {
            this.lineNo = lineNo;
            this.quantity = quantity;
        }
    }

    @Embeddable
    static class Step {

        private int position;

        @Enumerated(EnumType.STRING)
        private ShipmentStatus status;

        @Enumerated(EnumType.STRING)
        private Initiator initiator;

        @Column(name = "actor_name")
        private String actorName;

        @Column(name = "happened_at")
        private Instant happenedAt;

        protected Step() {
        }

        Step(int position, ShipmentStatus status, Actor actor, Instant at) {
            this.position = position;
            this.status = status;
            this.initiator = actor.initiator();
            this.actorName = actor.name();
            this.happenedAt = at;
        }
    }
}
