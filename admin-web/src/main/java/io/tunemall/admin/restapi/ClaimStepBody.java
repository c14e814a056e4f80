package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Staff's (or the app's) note with a claim step: why rejected, what inspection found. */
@Schema(name = "AdminClaimStep")
record ClaimStepBody(@Size(max = 500) @Schema(types = {"string", "null"}) String note) {
}
