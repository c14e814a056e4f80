-- How many orders took each delivery slot: a conditional update keeps it at or below the slot's capacity.
CREATE TABLE tm_examples_scheduled_delivery_booking (
    delivery_day DATE NOT NULL,
    time_slot VARCHAR(16) NOT NULL,
    booked INT NOT NULL,
    PRIMARY KEY (delivery_day, time_slot)
);
