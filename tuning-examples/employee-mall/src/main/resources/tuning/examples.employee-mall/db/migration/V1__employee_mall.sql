-- Members who came through the groupware SSO: the monthly points go to them (while their employee flag is on).
CREATE TABLE tm_examples_employee_mall_employee (
    member_id BIGINT NOT NULL,
    marked_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (member_id)
);

-- One row per member and month that received the monthly points: a second run in the same month gives nothing.
CREATE TABLE tm_examples_employee_mall_monthly (
    member_id BIGINT NOT NULL,
    points_month CHAR(7) NOT NULL,
    points BIGINT NOT NULL,
    PRIMARY KEY (member_id, points_month)
);

-- Orders whose gift certificates became points: an OrderPaid delivered twice converts once.
CREATE TABLE tm_examples_employee_mall_conversion (
    order_number VARCHAR(40) NOT NULL,
    member_id BIGINT NOT NULL,
    points BIGINT NOT NULL,
    PRIMARY KEY (order_number)
);
