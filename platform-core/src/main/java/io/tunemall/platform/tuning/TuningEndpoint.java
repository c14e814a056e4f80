package io.tunemall.platform.tuning;

import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code /actuator/tuning}: every extension point in use, its chain in running order, owners, timings and failures. */
@Component
@Endpoint(id = "tuning")
class TuningEndpoint {

    private final HookChains chains;

    TuningEndpoint(HookChains chains) {
        this.chains = chains;
    }

    @ReadOperation
    List<HookChains.PointReport> points() {
        return chains.reports();
    }
}
