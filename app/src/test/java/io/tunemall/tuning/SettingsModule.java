package io.tunemall.tuning;

import io.tunemall.sdk.Money;
import io.tunemall.sdk.admin.AdminMenuEntry;
import io.tunemall.sdk.admin.ModuleSettings;
import io.tunemall.sdk.admin.Setting;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import io.tunemall.sdk.web.Reply;
import io.tunemall.sdk.web.Route;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A module with typed settings, an admin menu entry and an admin page that reads its settings. */
public class SettingsModule implements TuningModule {

    static final String ID = "test.settings";
    static final String VIEW = "quiz:view";

    public enum Fit { SLIM, REGULAR, RELAXED }

    public record QuizSettings(
            @Setting(label = "추천 상품 수", englishLabel = "Products recommended", min = 1, max = 24) int results,
            @Setting(label = "퀴즈 제목", englishLabel = "Quiz title", maxLength = 20, required = true) String title,
            @Setting(label = "퀴즈 사용", englishLabel = "Quiz on") boolean quizOn,
            @Setting(label = "기본 핏", englishLabel = "Default fit") Fit fit,
            @Setting(label = "무료 배송 기준", englishLabel = "Free shipping from", min = 0) Money freeShippingFrom,
            @Setting(label = "행사 종료일", englishLabel = "Campaign ends") LocalDate campaignEnds,
            @Setting(label = "ERP 키", englishLabel = "ERP key", secret = true, maxLength = 64) String erpKey) {

        public QuizSettings {
            if (results > 12 && !quizOn) {
                throw new IllegalArgumentException("퀴즈를 끈 채로 12개보다 많이 추천할 수 없습니다.");
            }
        }
    }

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest(ID, "핏 퀴즈", "1.0.0", "Tunemall tests", "[1.0,2.0)", Set.of(VIEW));
    }

    @Override
    public Record defaultSettings() {
        return new QuizSettings(6, "나에게 맞는 핏", true, Fit.REGULAR, Money.won(50_000), null, "");
    }

    @Override
    public List<AdminMenuEntry> adminMenu() {
        return List.of(new AdminMenuEntry("핏 퀴즈 응답", "Fit quiz answers", "/answers", VIEW));
    }

    @Override
    public List<Route> routes(ModuleContext context) {
        ModuleSettings settings = context.facade(ModuleSettings.class).orElseThrow();
        return List.of(Route.admin("GET", "/answers", VIEW, request -> {
            QuizSettings current = settings.current(QuizSettings.class);
            return Reply.json(Map.of("results", current.results(), "title", current.title(),
                    "hasKey", !current.erpKey().isEmpty()));
        }));
    }
}
