package io.tunemall.support;

import io.tunemall.platform.error.ShopException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API endpoint that exists only in tests, to drive each kind of failure through the platform's problem+json
 * handling before the domain modules have endpoints of their own.
 */
@RestController
class ProblemProbeController {

    record Line(@NotBlank String sku, @Min(1) int quantity) {
    }

    @PostMapping("/api/v1/storefront/test-probe/lines")
    Line accept(@Valid @RequestBody Line line) {
        if (line.sku().equals("TEE-BLK-M")) {
            throw ShopException.conflict("out-of-stock", "SKU TEE-BLK-M: " + line.quantity() + " requested, 1 left");
        }
        return line;
    }

    @GetMapping("/api/v1/storefront/test-probe/crash")
    void crash() {
        throw new IllegalStateException("secret internal detail");
    }
}
