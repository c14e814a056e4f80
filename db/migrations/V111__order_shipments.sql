-- Shipments of an order: an order may leave in several parcels, each with its carrier, tracking number, the order
-- lines (and quantities) it holds, its status and the history of every status change.
CREATE TABLE order_shipment
(
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    order_id        BIGINT       NOT NULL,
    order_number    VARCHAR(20)  NOT NULL,
    shipment_no     INT          NOT NULL,
    carrier_code    VARCHAR(40)  NOT NULL,
    -- The carrier's name and tracking link as they were when it shipped: a custom carrier removed later still shows.
    carrier_name    VARCHAR(100) NOT NULL,
    tracking_number VARCHAR(50)  NOT NULL,
    tracking_url    VARCHAR(600) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    shipped_at      TIMESTAMP(6) NOT NULL,
    delivered_at    TIMESTAMP(6) NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_order_shipment_no UNIQUE (order_id, shipment_no),
    CONSTRAINT fk_order_shipment_order FOREIGN KEY (order_id) REFERENCES shop_order (id)
);
CREATE INDEX idx_order_shipment_number ON order_shipment (order_number);

CREATE TABLE order_shipment_line
(
    shipment_id BIGINT NOT NULL,
    line_no     INT    NOT NULL,
    quantity    INT    NOT NULL,
    PRIMARY KEY (shipment_id, line_no),
    CONSTRAINT fk_order_shipment_line_shipment FOREIGN KEY (shipment_id) REFERENCES order_shipment (id)
);

-- Append-only: every status a shipment reached, who set it and when.
CREATE TABLE order_shipment_history
(
    shipment_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    initiator   VARCHAR(20)  NOT NULL,
    actor_name  VARCHAR(100) NOT NULL,
    happened_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (shipment_id, position),
    CONSTRAINT fk_order_shipment_history_shipment FOREIGN KEY (shipment_id) REFERENCES order_shipment (id)
);
