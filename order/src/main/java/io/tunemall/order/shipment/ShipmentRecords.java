package io.tunemall.order.shipment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentRecords extends JpaRepository<Shipment, Long> {

    List<Shipment> findByOrderNumberOrderByShipmentNo(String orderNumber);

    Optional<Shipment> findByOrderNumberAndShipmentNo(String orderNumber, int shipmentNo);
}
