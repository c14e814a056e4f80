-- Orders whose delivery place was given back when they were cancelled: a cancellation delivered twice gives it once.
CREATE TABLE tm_examples_scheduled_delivery_returned (
    order_number VARCHAR(40) NOT NULL,
    PRIMARY KEY (order_number)
);
