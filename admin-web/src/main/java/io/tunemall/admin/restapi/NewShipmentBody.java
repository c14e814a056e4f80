package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/v1/admin/orders/{number}/shipments}: a parcel handed to a carrier. Without lines it holds
 * everything of the order not shipped yet.
 *
 * @param carrier a carrier's code (such as {@code CJ}) or name
 */
@Schema(name = "AdminNewShipment")
record NewShipmentBody(@NotBlank @Size(max = 50) String carrier, @NotBlank @Size(max = 50) String trackingNumber,
        @Size(max = 100) List<@Valid LineBody> lines) {

    @Schema(name = "AdminNewShipmentLine")
    record LineBody(@Positive int lineNumber, @Positive int quantity) {
    }
}
