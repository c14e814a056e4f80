package io.tunemall.benefit;

import io.tunemall.member.api.PointLedger;
import io.tunemall.member.api.PointSpend;
import io.tunemall.sdk.Money;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API endpoint that exists only in tests: the storefront's own point endpoints come with member login, and this
 * drives the point exceptions through the platform's problem+json handling meanwhile.
 */
@RestController
class PointsProbeController {

    private final PointLedger points;

    PointsProbeController(PointLedger points) {
        this.points = points;
    }

    @PostMapping("/api/v1/storefront/test-probe/points/{memberId}/spend")
    PointSpend spend(@PathVariable long memberId, @RequestParam String order, @RequestParam long amount) {
        return points.spend(memberId, order, Money.won(amount));
    }
}
