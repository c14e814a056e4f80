-- Staff accounts of the admin console, separate from shoppers.
CREATE TABLE staff_account
(
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    role          VARCHAR(30)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    last_login_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_account_username UNIQUE (username)
);
