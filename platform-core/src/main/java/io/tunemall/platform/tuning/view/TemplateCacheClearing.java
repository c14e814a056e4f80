package io.tunemall.platform.tuning.view;

import io.tunemall.platform.tuning.TuningModulesSwitched;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.ISpringTemplateEngine;

/**
 * Cached templates depend on which modules are on (an enabled module's override replaces a platform template), so
 * the template cache is emptied whenever modules are switched; templates are parsed again on first use.
 */
@Component
class TemplateCacheClearing {

    private final ISpringTemplateEngine templates;

    TemplateCacheClearing(ISpringTemplateEngine templates) {
        this.templates = templates;
    }

    @EventListener
    void modulesSwitched(TuningModulesSwitched switched) {
        if (templates instanceof TemplateEngine engine) {
            engine.clearTemplateCache();
        }
    }
}
