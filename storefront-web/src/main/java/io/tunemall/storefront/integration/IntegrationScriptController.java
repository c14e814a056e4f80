package io.tunemall.storefront.integration;

import io.tunemall.storefront.integration.StorefrontScripts.ActiveScripts;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bootstrap code of the third-party scripts switched on in the app store, as one script file of the shop's own:
 * the pages' policy allows scripts from the shop itself and the hosts of the scripts that are on, never inline code.
 */
@RestController
class IntegrationScriptController {

    static final String PATH = "/integrations/storefront.js";

    private final ActiveScripts scripts;

    IntegrationScriptController(ActiveScripts scripts) {
        this.scripts = scripts;
    }

    @GetMapping(value = PATH, produces = "text/javascript")
    ResponseEntity<String> script() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                // Short, so that switching a script off in admin takes effect within a minute in browsers too.
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(String.join("\n", scripts.bootstraps()));
    }

}
