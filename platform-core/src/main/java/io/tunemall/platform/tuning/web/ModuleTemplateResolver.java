package io.tunemall.platform.tuning.web;

import io.tunemall.platform.tuning.InstalledModules;
import io.tunemall.platform.tuning.LoadedModule;
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
 * template name {@code tuning-modules/{module-id}/{name}}, through the module's own class loader. Asked before the
 * platform's resolver; any other name is left to it.
 */
@Component
public class ModuleTemplateResolver implements ITemplateResolver {

    static final String PREFIX = "tuning-modules/";

    private final InstalledModules modules;
    private final boolean cache;

    ModuleTemplateResolver(InstalledModules modules, @Value("${spring.thymeleaf.cache:true}") boolean cache) {
        this.modules = modules;
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
            return null;
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
        return new TemplateResolution(new ClassLoaderTemplateResource(loader, path, "UTF-8"), TemplateMode.HTML,
                cache ? AlwaysValidCacheEntryValidity.INSTANCE : NonCacheableCacheEntryValidity.INSTANCE);
    }
}
