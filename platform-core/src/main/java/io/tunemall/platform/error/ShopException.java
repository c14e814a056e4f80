package io.tunemall.platform.error;

/**
 * A failure a shopper, an owner or an API client can act on, said in their terms ("SKU TEE-BLK-M: 2 requested,
 * 1 left"). The API answers it as RFC 9457 problem+json with this status and a type of
 * {@code https://tunemall.io/problems/{code}}; pages show the detail next to the field or at the top.
 */
public class ShopException extends RuntimeException {

    private final int status;
    private final String code;

    public ShopException(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ShopException notFound(String what) {
        return new ShopException(404, "not-found", what + " does not exist");
    }

    public static ShopException conflict(String code, String detail) {
        return new ShopException(409, code, detail);
    }

    public static ShopException invalid(String code, String detail) {
        return new ShopException(422, code, detail);
    }
}
