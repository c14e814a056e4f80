package io.tunemall.shipping.policy;

import io.tunemall.platform.time.ShopClock;
import io.tunemall.shipping.api.PolicyProblem;
import io.tunemall.shipping.api.ShippingPolicy;
import io.tunemall.shipping.api.ShippingPolicyDraft;
import io.tunemall.shipping.api.ShippingPolicyRejected;
import io.tunemall.shipping.api.ShippingSettings;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PolicySettings implements ShippingSettings {

    private final StoredPolicy stored;
    private final ShopClock clock;

    PolicySettings(StoredPolicy stored, ShopClock clock) {
        this.stored = stored;
        this.clock = clock;
    }

    @Override
    public ShippingPolicy policy() {
        return stored.read();
    }

    @Override
    @Transactional
    public ShippingPolicy update(ShippingPolicyDraft draft, String staffName) {
        List<PolicyProblem> problems = PolicyCheck.problems(draft);
        if (!problems.isEmpty()) {
            throw new ShippingPolicyRejected(problems);
        }
        ShippingPolicy policy = new ShippingPolicy(draft.baseFee(), draft.freeOver(), draft.remoteAreas(), clock.now(),
                staffName);
        stored.write(policy);
        return policy;
    }
}
