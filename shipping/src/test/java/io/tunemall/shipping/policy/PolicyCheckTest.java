package io.tunemall.shipping.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.sdk.Money;
import io.tunemall.shipping.api.PolicyProblem;
import io.tunemall.shipping.api.RemoteArea;
import io.tunemall.shipping.api.ShippingPolicyDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyCheckTest {

    @Test
    void a_sound_policy_passes() {
        assertThat(PolicyCheck.problems(new ShippingPolicyDraft(Money.won(3_000), null,
                List.of(new RemoteArea("제주", "63000", "63644", Money.won(3_000)))))).isEmpty();
    }

    @Test
    void each_wrong_field_is_named() {
        List<PolicyProblem> problems = PolicyCheck.problems(new ShippingPolicyDraft(null, Money.ZERO, List.of(
                new RemoteArea("", "6300", "63644", Money.won(3_000)),
                new RemoteArea("섬", "63644", "63000", Money.won(2_000_000)))));

        assertThat(problems).containsExactly(
                new PolicyProblem("baseFee", "required"),
                new PolicyProblem("freeOver", "zero-threshold"),
                new PolicyProblem("remoteAreas[0].name", "required"),
                new PolicyProblem("remoteAreas[0].fromPostalCode", "postal-code"),
                new PolicyProblem("remoteAreas[1].toPostalCode", "range-reversed"),
                new PolicyProblem("remoteAreas[1].surcharge", "too-large"));
    }
}
