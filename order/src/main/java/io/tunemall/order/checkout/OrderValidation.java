package io.tunemall.order.checkout;

import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.order.OrderProperties;
import io.tunemall.platform.tuning.HookChain;
import io.tunemall.platform.tuning.HookChains;
import io.tunemall.sdk.order.OrderCandidate;
import io.tunemall.sdk.order.OrderPoints;
import io.tunemall.sdk.order.OrderValidator;
import io.tunemall.sdk.order.OrderVerdict;
import io.tunemall.sdk.pricing.PricedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Runs the order validators: modules' validators placed before, the platform's purchase limits (or a module's
 * replacement of them), modules' validators placed after. Every refusal is collected, so the shopper sees them all.
 */
@Component
class OrderValidation {

    private final HookChains chains;
    private final OrderProperties properties;

    OrderValidation(HookChains chains, OrderProperties properties) {
        this.chains = chains;
        this.properties = properties;
    }

    List<CheckoutProblem> refusals(OrderCandidate candidate) {
        return refusals(candidate, Map.of());
    }

    /** @param fields each module's own order custom field values, by module id and field key */
    List<CheckoutProblem> refusals(OrderCandidate candidate, Map<String, Map<String, Object>> fields) {
        HookChain<OrderValidator> validators = chains.chain(OrderPoints.VALIDATORS);
        List<OrderVerdict> verdicts = new ArrayList<>();
        validators.runBeforeByModule((module, validator) -> verdicts.add(verdict(validator, candidate, fields, module)));
        verdicts.addAll(validators.replaceOrByModule((module, validator) ->
                List.of(verdict(validator, candidate, fields, module)), () -> purchaseLimits(candidate)));
        validators.runAfterByModule((module, validator) -> verdicts.add(verdict(validator, candidate, fields, module)));
        return verdicts.stream().filter(verdict -> !verdict.accepted())
                .map(verdict -> CheckoutProblem.of("", "refused", verdict.message())).toList();
    }

    private static OrderVerdict verdict(OrderValidator validator, OrderCandidate candidate,
            Map<String, Map<String, Object>> fields, String module) {
        return Objects.requireNonNull(validator.validate(candidate, fields.getOrDefault(module, Map.of())),
                "the validator returned no verdict");
    }

    /** The platform's own limits: at most so many units of one variant per order. */
    private List<OrderVerdict> purchaseLimits(OrderCandidate candidate) {
        List<OrderVerdict> verdicts = new ArrayList<>();
        for (PricedLine line : candidate.lines()) {
            if (line.quantity() > properties.maxQuantityPerLine()) {
                verdicts.add(OrderVerdict.refuse(line.productName() + " " + line.optionText() + ": "
                        + properties.maxQuantityPerLine() + (candidate.locale().getLanguage().equals("ko")
                        ? "개까지 주문할 수 있습니다." : " units at most per order.")));
            }
        }
        return verdicts;
    }
}
