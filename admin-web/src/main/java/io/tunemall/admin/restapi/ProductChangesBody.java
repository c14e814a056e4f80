package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.catalog.api.SaleStatus;

/**
 * {@code PATCH /api/v1/admin/products/{id}}: the fields to change; an absent or null field keeps its value. Variants,
 * stock, images, tags and the timed sale are not changed here (stock has its own endpoint).
 */
@Schema(name = "AdminProductChanges")
record ProductChangesBody(@Schema(types = {"string", "null"}) String name,
        @Schema(types = {"integer", "null"}, format = "int64") Long price,
        @Schema(types = {"integer", "null"}, format = "int64") Long listPrice,
        @Schema(types = {"string", "null"}) SaleStatus status,
        @Schema(types = {"string", "null"}) String summary,
        @Schema(types = {"string", "null"}) String description,
        @Schema(types = {"integer", "null"}, format = "int64") Long categoryId,
        @Schema(types = {"integer", "null"}, format = "int64") Long brandId,
        @Schema(types = {"boolean", "null"}) Boolean taxFree) {
}
