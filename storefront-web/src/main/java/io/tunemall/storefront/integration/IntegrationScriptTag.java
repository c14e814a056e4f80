package io.tunemall.storefront.integration;

import io.tunemall.storefront.integration.StorefrontScripts.ActiveScripts;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether storefront pages include the app store's script file at all. */
@ControllerAdvice(basePackages = "io.tunemall.storefront")
class IntegrationScriptTag {

    private final ActiveScripts scripts;

    IntegrationScriptTag(ActiveScripts scripts) {
        this.scripts = scripts;
    }

    @ModelAttribute("integrationScripts")
    boolean integrationScripts() {
        return scripts.any();
    }
}
