package io.tunemall.admin.login;

import io.tunemall.member.api.StaffAccess;
import io.tunemall.member.api.StaffDirectory;
import io.tunemall.member.api.StaffSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What follows the password check: the dashboard (or the page first asked for), the second-factor page, or the
 * enrolment page; and after a failure the login page again, with the failure counted towards the lockout. The
 * message never says whether the username exists or is locked, so the form reveals nothing to someone guessing.
 */
@Component
public class StaffLoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler, AccessDeniedHandler {

    static final String CODE_PAGE = "/admin/login/code";
    static final String ENROL_PAGE = "/admin/account/mfa";

    private final StaffSignIn signIn;
    private final StaffDirectory staff;
    private final SavedRequestAwareAuthenticationSuccessHandler toWhereTheyWereGoing;
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    StaffLoginOutcomes(StaffSignIn signIn, StaffDirectory staff) {
        this.signIn = signIn;
        this.staff = staff;
        this.toWhereTheyWereGoing = new SavedRequestAwareAuthenticationSuccessHandler();
        this.toWhereTheyWereGoing.setDefaultTargetUrl("/admin");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication login)
            throws IOException, jakarta.servlet.ServletException {
        if (SessionUpgrade.pending(login, StaffDirectory.SECOND_FACTOR_AUTHORITY)) {
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
        } else if (SessionUpgrade.pending(login, StaffDirectory.ENROLMENT_AUTHORITY)) {
            response.sendRedirect(request.getContextPath() + ENROL_PAGE);
        } else {
            signIn.completed(login.getName());
            toWhereTheyWereGoing.onAuthenticationSuccess(request, response, login);
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        String username = Optional.ofNullable(request.getParameter("username")).orElse("").strip();
        if (failure instanceof LockedException) {
            signIn.refused(username, "account locked");
        } else if (failure instanceof DisabledException) {
            signIn.refused(username, "account disabled");
        } else if (!username.isEmpty()) {
            signIn.passwordRejected(username);
        }
        response.sendRedirect(request.getContextPath() + "/admin/login?error");
    }

    /** A half-finished login is sent on to its next step; a finished one without the permission gets 403. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (SessionUpgrade.pending(login, StaffDirectory.SECOND_FACTOR_AUTHORITY)) {
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
        } else if (SessionUpgrade.pending(login, StaffDirectory.ENROLMENT_AUTHORITY)
                || (SessionUpgrade.pending(login, StaffDirectory.STAFF_AUTHORITY)
                        && staff.access(login.getName()).map(StaffAccess::mustEnrolMfa).orElse(false))) {
            response.sendRedirect(request.getContextPath() + ENROL_PAGE);
        } else {
            forbidden.handle(request, response, denied);
        }
    }
}
