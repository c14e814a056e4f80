package io.tunemall.storefront.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The storefront API's requests as a headless shop sends them. */
final class StorefrontApiCalls {

    static final String CART_TOKEN = "X-Cart-Token";

    private StorefrontApiCalls() {
    }

    static MockHttpServletRequestBuilder addToCart(String token, long variantId, int quantity) {
        return withToken(post("/api/v1/storefront/cart/items"), token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"variantId\":" + variantId + ",\"quantity\":" + quantity + "}");
    }

    static MockHttpServletRequestBuilder readCart(String token) {
        return withToken(get("/api/v1/storefront/cart"), token);
    }

    static MockHttpServletRequestBuilder changeQuantity(String token, long lineId, int quantity) {
        return withToken(patch("/api/v1/storefront/cart/items/{id}", lineId), token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":" + quantity + "}");
    }

    static MockHttpServletRequestBuilder removeLine(String token, long lineId) {
        return withToken(delete("/api/v1/storefront/cart/items/{id}", lineId), token);
    }

    /** The checkout form of a guest shipping to the postal code, as JSON. */
    static String checkoutForm(String postalCode, String password, Long expectedAmount) {
        return """
                {"orderer": {"name": "홍길동", "phone": "010-1234-5678", "email": "hong@example.com"},
                 "address": {"recipientName": "김수령", "recipientPhone": "010-9876-5432", "postalCode": "%s",
                             "roadAddress": "제주특별자치도 제주시 첨단로 242", "detailAddress": "2층"},
                 "deliveryMessage": "문 앞에 놓아 주세요", "guestPassword": "%s"%s}
                """.formatted(postalCode, password, expectedAmount == null ? "" : ", \"expectedAmount\": " + expectedAmount);
    }

    static MockHttpServletRequestBuilder preview(String token, String form) {
        return withToken(post("/api/v1/storefront/checkout/preview"), token).contentType(MediaType.APPLICATION_JSON)
                .content(form);
    }

    static MockHttpServletRequestBuilder place(String token, String idempotencyKey, String form) {
        MockHttpServletRequestBuilder request = withToken(post("/api/v1/storefront/checkout"), token)
                .contentType(MediaType.APPLICATION_JSON).content(form);
        return idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey);
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String token) {
        return token == null ? request : request.header(CART_TOKEN, token);
    }
}
