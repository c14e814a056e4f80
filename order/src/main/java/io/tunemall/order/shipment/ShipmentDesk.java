package io.tunemall.order.shipment;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.ShipmentRejected;
import io.tunemall.order.api.ShipmentRequest;
import io.tunemall.order.api.ShipmentStatus;
import io.tunemall.order.api.ShipmentView;
import io.tunemall.order.api.Shipments;
import io.tunemall.order.order.Order;
import io.tunemall.order.order.OrderLine;
import io.tunemall.order.order.Orders;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.event.ShipmentUpdated;
import io.tunemall.shipping.api.Carrier;
import io.tunemall.shipping.api.Carriers;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff send an order's parcels and move them on. The order is locked first, so two staff members shipping lines
 * of one order at once see each other's parcels and never ship a unit twice; the order's own state moves through
 * {@link OrderAdministration}, in the same transaction, so its history and events are the state machine's own.
 */
@Service
class ShipmentDesk implements Shipments {

    private static final Set<OrderState> SHIPPABLE = EnumSet.of(OrderState.PAID, OrderState.PREPARING,
            OrderState.SHIPPED);
    private static final int MAX_TRACKING_NUMBER = 50;

    private final Orders orders;
    private final OrderAdministration administration;
    private final ShipmentRecords records;
    private final Carriers carriers;
    private final ApplicationEventPublisher events;
    private final ShopClock clock;

    ShipmentDesk(Orders orders, OrderAdministration administration, ShipmentRecords records, Carriers carriers,
            ApplicationEventPublisher events, ShopClock clock) {
        this.orders = orders;
        this.administration = administration;
        this.records = records;
        this.carriers = carriers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ShipmentView> of(String orderNumber) {
        return records.findByOrderNumberOrderByShipmentNo(orderNumber).stream().map(Shipment::view).toList();
    }

    @Override
    @Transactional
    public ShipmentView ship(String orderNumber, ShipmentRequest request, Actor actor) {
        Order order = orders.lockByOrderNumber(orderNumber)
                .orElseThrow(() -> ShopException.notFound("Order " + orderNumber));
        if (!SHIPPABLE.contains(order.state())) {
            throw new ShipmentRejected("Order " + orderNumber + " is " + order.state() + " and cannot ship");
        }
        if (order.state() != OrderState.SHIPPED && order.hasOpenClaim()) {
            // The shopper asked to cancel while it was being prepared: staff answer that request first.
            throw new ShipmentRejected("Order " + orderNumber + " has a cancel request under way: approve or reject it"
                    + " before shipping");
        }
        Carrier carrier = carriers.find(request.carrier())
                .orElseThrow(() -> new ShipmentRejected("Unknown carrier: " + request.carrier()));
        String tracking = request.trackingNumber() == null ? "" : request.trackingNumber().strip();
        if (tracking.isEmpty() || tracking.length() > MAX_TRACKING_NUMBER || !tracking.matches("[A-Za-z0-9-]+")) {
            throw new ShipmentRejected("Tracking number must be 1 to 50 letters, digits or hyphens: '" + tracking + "'");
        }
        List<Shipment> earlier = records.findByOrderNumberOrderByShipmentNo(orderNumber);
        Map<Integer, Integer> parcel = ParcelContents.of(order, earlier.stream().map(Shipment::lineQuantities).toList(),
                request.lines());
        Instant now = clock.now();
        if (order.state() == OrderState.PAID) {
            administration.prepare(orderNumber, actor);
        }
        if (order.state() == OrderState.PREPARING) {
            administration.ship(orderNumber, actor);
        }
        Shipment shipment = records.save(new Shipment(order.id(), orderNumber, earlier.size() + 1, carrier.code(),
                carrier.name(), tracking, carrier.trackingUrl(tracking), parcel, actor, now));
        publish(order, shipment, now);
        return shipment.view();
    }

    @Override
    @Transactional
    public ShipmentView update(String orderNumber, int shipmentNumber, ShipmentStatus status, Actor actor) {
        Order order = orders.lockByOrderNumber(orderNumber)
                .orElseThrow(() -> ShopException.notFound("Order " + orderNumber));
        Shipment shipment = records.findByOrderNumberAndShipmentNo(orderNumber, shipmentNumber)
                .orElseThrow(() -> new ShipmentRejected("Order " + orderNumber + " has no shipment " + shipmentNumber));
        Instant now = clock.now();
        if (!shipment.become(status, actor, now)) {
            return shipment.view();
        }
        records.saveAndFlush(shipment);
        publish(order, shipment, now);
        if (status == ShipmentStatus.DELIVERED && order.state() == OrderState.SHIPPED && everythingDelivered(order)) {
            administration.deliver(orderNumber, actor);
        }
        return shipment.view();
    }

    /** Every unit still ordered went out, and every parcel arrived. */
    private boolean everythingDelivered(Order order) {
        List<Shipment> parcels = records.findByOrderNumberOrderByShipmentNo(order.orderNumber());
        if (parcels.stream().anyMatch(parcel -> parcel.status() != ShipmentStatus.DELIVERED)) {
            return false;
        }
        Map<Integer, Integer> shipped = ParcelContents.shipped(parcels.stream().map(Shipment::lineQuantities).toList());
        return order.lines().stream().filter(OrderLine::ordered)
                .allMatch(line -> shipped.getOrDefault(line.lineNumber(), 0) >= line.quantity());
    }

    private void publish(Order order, Shipment shipment, Instant at) {
        events.publishEvent(new ShipmentUpdated(order.orderNumber(), order.memberId(), shipment.shipmentNo(),
                shipment.status().name(), shipment.carrierCode(), shipment.carrierName(), shipment.trackingNumber(),
                shipment.trackingUrl(), shipment.lineQuantities(), at));
    }
}
