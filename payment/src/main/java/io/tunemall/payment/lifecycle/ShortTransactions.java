package io.tunemall.payment.lifecycle;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment module's own short transactions around each step of a gateway exchange. They are separate from any
 * transaction of the caller (REQUIRES_NEW) because the claim before a gateway call must be committed, and visible to
 * every node, before the call is made, and because no database transaction may stay open while a gateway answers.
 */
@Component
class ShortTransactions {

    private final TransactionTemplate template;

    ShortTransactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    <T> T run(Supplier<T> work) {
        return template.execute(status -> work.get());
    }

    void run(Runnable work) {
        template.executeWithoutResult(status -> work.run());
    }
}
