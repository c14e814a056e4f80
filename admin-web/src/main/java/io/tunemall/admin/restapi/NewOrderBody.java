package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/v1/admin/orders}: an integration's order for a customer (docs/api.md). Field rules beyond presence
 * (phone and postal code formats, stock, sellable SKUs) are the shop's checkout rules and come back as a 422.
 */
@Schema(name = "AdminNewOrder")
record NewOrderBody(Long memberId, @NotEmpty @Size(max = 50) List<@Valid LineBody> lines,
        @NotNull @Valid PersonBody orderer, @NotNull @Valid AddressBody shippingAddress,
        @Size(max = 200) String deliveryMessage, @Valid PaymentBody payment, @PositiveOrZero Long expectedAmount) {

    @Schema(name = "AdminNewOrderLine")
    record LineBody(@NotBlank @Size(max = 64) String sku, int quantity) {
    }

    @Schema(name = "AdminNewOrderPerson")
    record PersonBody(@NotBlank @Size(max = 50) String name, @NotBlank String phone, @Size(max = 200) String email) {
    }

    @Schema(name = "AdminNewOrderAddress")
    record AddressBody(@NotBlank @Size(max = 50) String recipientName, @NotBlank String recipientPhone,
            @NotBlank String postalCode, @NotBlank @Size(max = 200) String roadAddress,
            @NotBlank @Size(max = 200) String detailAddress) {
    }

    /** Money already collected outside the shop; {@code method} is {@code EXTERNAL}. */
    @Schema(name = "AdminNewOrderPayment")
    record PaymentBody(@NotBlank @Pattern(regexp = "EXTERNAL") String method,
            @NotBlank @Size(max = 100) String reference) {
    }
}
