package io.tunemall.admin.benefit;

import io.tunemall.member.api.BenefitProblem;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words problems for a redirect's flash attributes. Flash attributes live in the session, which Redis stores
 * serialised, so they carry the finished sentences rather than the problems.
 */
@Component
class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    List<String> of(List<BenefitProblem> problems) {
        return problems.stream()
                .map(problem -> messages.getMessage(BenefitProblemsOnForm.MESSAGE_PREFIX + problem.code(),
                        problem.arguments().toArray(), problem.code(), LocaleContextHolder.getLocale()))
                .toList();
    }
}
