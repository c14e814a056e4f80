package io.tunemall.examples.employee;

import io.tunemall.sdk.Money;
import io.tunemall.sdk.pricing.PriceContext;
import io.tunemall.sdk.pricing.PriceRule;
import io.tunemall.sdk.pricing.PricedLine;
import java.util.Locale;
import java.util.function.Supplier;

/** Employees pay less: every line at the owner's employee discount, after the grade discount and the coupon. */
class EmployeePrice implements PriceRule {

    private final Employees employees;
    private final Supplier<EmployeeSettings> settings;

    EmployeePrice(Employees employees, Supplier<EmployeeSettings> settings) {
        this.employees = employees;
        this.settings = settings;
    }

    @Override
    public void apply(PriceContext order) {
        int percent = settings.get().discountPercent();
        if (percent == 0 || order.memberId().filter(employees::isEmployee).isEmpty()) {
            return;
        }
        String label = Locale.KOREAN.getLanguage().equals(order.locale().getLanguage())
                ? "임직원 할인 " + percent + "%" : "Employee discount " + percent + "%";
        for (PricedLine line : order.lines()) {
            Money discount = line.amount().percent(percent * 100).roundedDownTo(10);
            order.discountLine(line.index(), discount, label);
        }
    }
}
