package io.tunemall.storefront.social;

import io.tunemall.member.api.DormantAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Where a dormant member lands after proving who they are (password or linked provider): not logged in, with a
 * restore code on its way by mail and the member id in the session for {@code /login/dormant}.
 */
@Component
public class DormantStep {

    public static final String MEMBER = "tunemall.dormant.member";

    private final DormantAccounts dormancy;
    private final ShopperSessions sessions;

    DormantStep(DormantAccounts dormancy, ShopperSessions sessions) {
        this.dormancy = dormancy;
        this.sessions = sessions;
    }

    /** @return whether the member is dormant and was sent to the restore step */
    public boolean sendIfDormant(long memberId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!dormancy.dormant(memberId)) {
            return false;
        }
        dormancy.sendRestoreCode(memberId);
        sessions.logOut(request, response);
        request.getSession().setAttribute(MEMBER, memberId);
        response.sendRedirect(request.getContextPath() + "/login/dormant");
        return true;
    }
}
