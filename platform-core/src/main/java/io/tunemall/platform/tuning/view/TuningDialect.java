package io.tunemall.platform.tuning.view;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template the expression object {@code #slots}, the renderer of template slots:
 * {@code <th:block th:utext="${#slots.render('product.detail.summary', productView, product.id, customFields)}"/>}.
 * An expression object rather than a bean reference, because Thymeleaf refuses bean references in unescaped text.
 */
@Component
class TuningDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final TemplateSlots slots;

    TuningDialect(TemplateSlots slots) {
        super("tuning");
        this.slots = slots;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("slots");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return slots;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
