package io.tunemall.platform.integration;

/** How the app store groups its entries. */
public enum IntegrationCategory {
    PAYMENT,
    LOGIN,
    MARKETING,
    CUSTOMER_SERVICE,
    FEED
}
