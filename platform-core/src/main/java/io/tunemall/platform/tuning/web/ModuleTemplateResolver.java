package io.tunemall.platform.tuning.web;

import io.tunemall.platform.tuning.InstalledModules;
import io.tunemall.platform.tuning.LoadedModule;
import io.tunemall.platform.tuning.ModuleSwitches;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;
import org.thymeleaf.templateresource.ClassLoaderTemplateResource;

/**
 * Finds the templates modules ship in their jars, {@code tuning/{module-id}/templates/{name}.html}, under the
 * template name {@code tuning-modules/{module-id}/{name}}, through the module's own class loader; and the platform
 * templates an enabled module overrides ({@code tuning/{module-id}/templates/overrides/{template}.html}). Asked before
 * the platform's resolver; any other name is left to it.
 */
@Component
public class ModuleTemplateResolver implements ITemplateResolver {

    static final String PREFIX = "tuning-modules/";

    private final InstalledModules modules;
    private final ModuleSwitches switches;
    private final boolean cache;

    ModuleTemplateResolver(InstalledModules modules, ModuleSwitches switches,
            @Value("${spring.thymeleaf.cache:true}") boolean cache) {
        this.modules = modules;
        this.switches = switches;
        this.cache = cache;
    }

    /** The template name of a module's template, for {@code th:replace} and page replies. */
    public static String templateName(String moduleId, String template) {
        return PREFIX + moduleId + "/" + template;
    }

    @Override
    public String getName() {
        return "tuning-modules";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public TemplateResolution resolveTemplate(IEngineConfiguration configuration, String ownerTemplate, String template,
            Map<String, Object> templateResolutionAttributes) {
        if (!template.startsWith(PREFIX)) {
            return override(template);
        }
        String rest = template.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || rest.contains("..")) {
            return null;
        }
        Optional<LoadedModule> module = modules.accepted(rest.substring(0, slash));
        if (module.isEmpty()) {
            return null;
        }
        ClassLoader loader = module.get().module().getClass().getClassLoader();
        String path = "tuning/" + module.get().id() + "/templates/" + rest.substring(slash + 1) + ".html";
        if (loader.getResource(path) == null) {
            return null;
        }
        return resolution(loader, path);
    }

    /**
     * A platform template an enabled module overrides, from the module's jar; null (the platform's own) otherwise. The
     * template cache is cleared whenever a module is switched (TemplateCacheClearing), so a cached override never
     * outlives its module.
     */
    private TemplateResolution override(String template) {
        Optional<String> module = modules.overriderOf(template).filter(switches::isEnabled);
        if (module.isEmpty()) {
            return null;
        }
        ClassLoader loader = modules.accepted(module.get()).orElseThrow().module().getClass().getClassLoader();
        return resolution(loader, "tuning/" + module.get() + "/templates/overrides/" + template + ".html");
    }

    private TemplateResolution resolution(ClassLoader loader, String path) {
        return new TemplateResolution(new ClassLoaderTemplateResource(loader, path, "UTF-8"), TemplateMode.HTML,
                cache ? AlwaysValidCacheEntryValidity.INSTANCE : NonCacheableCacheEntryValidity.INSTANCE);
    }
}
