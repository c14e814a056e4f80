package io.tunemall.storefront.account;

import io.tunemall.platform.error.ShopException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A failure the member module reports with a status (another member's address: 404) is answered with that status
 * and the shop's error page, not as a server error.
 */
@ControllerAdvice(basePackageClasses = AccountPageErrors.class)
class AccountPageErrors {

    @ExceptionHandler(ShopException.class)
    void shopFailure(ShopException failure, HttpServletResponse response) throws IOException {
        response.sendError(failure.status());
    }
}
