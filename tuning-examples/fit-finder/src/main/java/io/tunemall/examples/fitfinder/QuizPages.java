package io.tunemall.examples.fitfinder;

import io.tunemall.sdk.web.Reply;
import io.tunemall.sdk.web.RouteRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The quiz on the storefront, and the answers page in admin. */
class QuizPages {

    private final Recommender recommender;
    private final Answers answers;
    private final Supplier<FitFinderSettings> settings;

    QuizPages(Recommender recommender, Answers answers, Supplier<FitFinderSettings> settings) {
        this.recommender = recommender;
        this.answers = answers;
        this.settings = settings;
    }

    Reply show(RouteRequest request) {
        return Reply.page("quiz", title(request), Map.of("sizes", Answer.SIZES, "problem", false));
    }

    /** The answers sent: the recommendations, or the quiz again when an answer is missing. */
    Reply answer(RouteRequest request) {
        Optional<Answer> answer = Answer.of(request.parameter("gender").orElse(null),
                request.parameter("size").orElse(null), request.parameter("fit").orElse(null));
        if (answer.isEmpty()) {
            return Reply.page("quiz", title(request), Map.of("sizes", Answer.SIZES, "problem", true));
        }
        List<Recommendation> found = recommender.recommend(answer.get(), settings.get());
        answers.record(answer.get(), found.size());
        return Reply.page("results", title(request), Map.of("answer", answer.get(), "recommendations", found));
    }

    Reply answers(ErpStock stock) {
        return Reply.page("answers", "핏 파인더", Map.of("answers", answers.latest(50), "skusKnown", stock.skusKnown(),
                "lastReport", stock.lastReport().map(Object::toString).orElse("-")));
    }

    private static String title(RouteRequest request) {
        return "ko".equals(request.locale().getLanguage()) ? "나에게 맞는 핏 찾기" : "Find your fit";
    }
}
