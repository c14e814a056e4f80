package io.tunemall.examples.employee;

import io.tunemall.sdk.event.EventListener;
import io.tunemall.sdk.event.MemberSignedIn;
import java.util.function.Supplier;

/** A member who signs in through the groupware SSO is an employee. */
class EmployeeSignIn implements EventListener<MemberSignedIn> {

    private final Employees employees;
    private final Supplier<EmployeeSettings> settings;

    EmployeeSignIn(Employees employees, Supplier<EmployeeSettings> settings) {
        this.employees = employees;
        this.settings = settings;
    }

    @Override
    public void on(MemberSignedIn signedIn) {
        if (signedIn.through(settings.get().groupwareProvider())) {
            employees.mark(signedIn.memberId(), signedIn.signedInAt());
        }
    }
}
