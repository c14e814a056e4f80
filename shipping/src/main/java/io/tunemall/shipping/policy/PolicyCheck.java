package io.tunemall.shipping.policy;

import io.tunemall.sdk.Money;
import io.tunemall.shipping.api.PolicyProblem;
import io.tunemall.shipping.api.RemoteArea;
import io.tunemall.shipping.api.ShippingPolicyDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a policy must be before it is saved: amounts in sensible bounds, well-formed and ordered postal code ranges. */
final class PolicyCheck {

    static final Money MAX_FEE = Money.won(1_000_000);
    static final int MAX_AREAS = 200;
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    private PolicyCheck() {
    }

    static List<PolicyProblem> problems(ShippingPolicyDraft draft) {
        List<PolicyProblem> problems = new ArrayList<>();
        if (draft.baseFee() == null) {
            problems.add(new PolicyProblem("baseFee", "required"));
        } else if (draft.baseFee().isGreaterThan(MAX_FEE)) {
            problems.add(new PolicyProblem("baseFee", "too-large"));
        }
        if (draft.freeOver() != null && draft.freeOver().isZero()) {
            problems.add(new PolicyProblem("freeOver", "zero-threshold"));
        }
        if (draft.remoteAreas().size() > MAX_AREAS) {
            problems.add(new PolicyProblem("remoteAreas", "too-many"));
        }
        for (int i = 0; i < draft.remoteAreas().size(); i++) {
            area(problems, "remoteAreas[" + i + "].", draft.remoteAreas().get(i));
        }
        return problems;
    }

    private static void area(List<PolicyProblem> problems, String field, RemoteArea area) {
        if (area.name() == null || area.name().isBlank()) {
            problems.add(new PolicyProblem(field + "name", "required"));
        } else if (area.name().length() > 50) {
            problems.add(new PolicyProblem(field + "name", "too-long"));
        }
        boolean fromFine = postalCode(problems, field + "fromPostalCode", area.fromPostalCode());
        boolean toFine = postalCode(problems, field + "toPostalCode", area.toPostalCode());
        if (fromFine && toFine && area.fromPostalCode().compareTo(area.toPostalCode()) > 0) {
            problems.add(new PolicyProblem(field + "toPostalCode", "range-reversed"));
        }
        if (area.surcharge() == null) {
            problems.add(new PolicyProblem(field + "surcharge", "required"));
        } else if (area.surcharge().isGreaterThan(MAX_FEE)) {
            problems.add(new PolicyProblem(field + "surcharge", "too-large"));
        }
    }

    private static boolean postalCode(List<PolicyProblem> problems, String field, String code) {
        if (code == null || code.isBlank()) {
            problems.add(new PolicyProblem(field, "required"));
            return false;
        }
        if (!POSTAL_CODE.matcher(code).matches()) {
            problems.add(new PolicyProblem(field, "postal-code"));
            return false;
        }
        return true;
    }
}
