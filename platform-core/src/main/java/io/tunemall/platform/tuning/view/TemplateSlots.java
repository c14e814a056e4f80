package io.tunemall.platform.tuning.view;

import io.tunemall.platform.tuning.HookChain;
import io.tunemall.platform.tuning.HookChains;
import io.tunemall.platform.tuning.field.FieldValues;
import io.tunemall.platform.tuning.web.ModuleTemplateResolver;
import io.tunemall.sdk.catalog.ProductView;
import io.tunemall.sdk.view.SlotContext;
import io.tunemall.sdk.view.SlotFill;
import io.tunemall.sdk.view.Slots;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the named slots of the platform's templates ({@code #slots}, see TuningDialect):
 * {@code th:utext="${#slots.render('product.detail.summary',
 * productView, productId, customFields)}"}. Each module's fill goes through the slot's hook chain and is rendered to
 * text on its own, so a fill that throws, or whose fragment does not render, is left out (and counted against its
 * module) while the page renders. A slot no module fills costs a map lookup.
 */
@Component
public class TemplateSlots {

    private final HookChains chains;
    private final ObjectProvider<ISpringTemplateEngine> templates;
    private final ApplicationContext application;
    private final ServletContext servletContext;
    private final Map<String, HookChain<SlotFill>> slots = new ConcurrentHashMap<>();

    /** The engine is looked up late: it is built with the dialect that hands templates this very renderer. */
    TemplateSlots(HookChains chains, ObjectProvider<ISpringTemplateEngine> templates, ApplicationContext application,
            ServletContext servletContext) {
        this.chains = chains;
        this.templates = templates;
        this.application = application;
        this.servletContext = servletContext;
    }

    /**
     * The fills of a slot, rendered in order.
     *
     * @param product the product the slot is about, or null
     * @param entityId the id of the entity the slot is about, or null
     * @param fields that entity's custom field values (every module's; each fill sees its own), or null
     */
    public String render(String slot, ProductView product, Object entityId, FieldValues fields) {
        HookChain<SlotFill> chain = slots.computeIfAbsent(slot, name -> chains.chain(Slots.point(name)));
        if (chain.isEmpty()) {
            return "";
        }
        ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        Locale locale = LocaleContextHolder.getLocale();
        String id = entityId == null ? null : entityId.toString();
        List<String> rendered = chain.collectByModule((module, fill) -> renderFill(module, fill,
                new Context(slot, locale, product, id, own(module, fields)), request.getRequest(), request.getResponse()));
        return String.join("\n", rendered);
    }

    private String renderFill(String module, SlotFill fill, Context slot, HttpServletRequest page,
            HttpServletResponse response) {
        HttpServletRequest request = new IsolatedAttributes(page);
        Map<String, Object> model = fill.model(slot);
        if (model == null) {
            return null;
        }
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("product", slot.product);
        variables.put("entityId", slot.entityId);
        variables.put("fields", slot.fields);
        variables.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT,
                new RequestContext(request, response, servletContext, variables));
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, application.getBeanProvider(ConversionService.class)
                        .getIfAvailable()));
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, response), slot.locale, variables);
        return templates.getObject().process(ModuleTemplateResolver.templateName(module, fill.template()), Set.of(fill.fragment()),
                context);
    }

    private static Map<String, Object> own(String module, FieldValues fields) {
        if (fields == null) {
            return Map.of();
        }
        String prefix = module + ":";
        Map<String, Object> own = new HashMap<>();
        fields.values().forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                own.put(key.substring(prefix.length()), value);
            }
        });
        return own;
    }

    private static final class Context implements SlotContext {

        private final String slot;
        private final Locale locale;
        private final ProductView product;
        private final String entityId;
        private final Map<String, Object> fields;

        Context(String slot, Locale locale, ProductView product, String entityId, Map<String, Object> fields) {
            this.slot = slot;
            this.locale = locale;
            this.product = product;
            this.entityId = entityId;
            this.fields = Map.copyOf(fields);
        }

        @Override
        public String slot() {
            return slot;
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public Optional<ProductView> product() {
            return Optional.ofNullable(product);
        }

        @Override
        public Optional<String> entityId() {
            return Optional.ofNullable(entityId);
        }

        @Override
        public Map<String, Object> fields() {
            return fields;
        }
    }
}
