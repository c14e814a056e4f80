package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/v1/admin/stock/adjustments}: by {@code delta} units (negative takes away) or to exactly
 * {@code setTo} units, with the reason kept in the audit log.
 */
@Schema(name = "AdminStockAdjustment")
record StockAdjustmentBody(String sku, @Schema(types = {"integer", "null"}, format = "int32") Integer delta,
        @Schema(types = {"integer", "null"}, format = "int32") Integer setTo, String reason) {
}
