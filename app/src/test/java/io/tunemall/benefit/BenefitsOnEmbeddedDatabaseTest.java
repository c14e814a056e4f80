package io.tunemall.benefit;

import static io.tunemall.sdk.Money.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.TunemallApplication;
import io.tunemall.member.api.GiftCardAdministration;
import io.tunemall.member.api.GiftCardBatchDraft;
import io.tunemall.member.api.GiftCardRefused;
import io.tunemall.member.api.GiftCards;
import io.tunemall.member.api.GradeAdministration;
import io.tunemall.member.api.GradeDraft;
import io.tunemall.member.api.InsufficientPoints;
import io.tunemall.member.api.IssuedGiftCards;
import io.tunemall.member.api.MemberBenefits;
import io.tunemall.member.api.PointAdministration;
import io.tunemall.member.api.PointLedger;
import io.tunemall.member.api.PurchaseLedger;
import io.tunemall.platform.time.ShopClock;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benefit tables are read and written with hand-written SQL; the embedded default (H2 in MySQL mode) must run
 * every statement as MariaDB does. The shop is started here on its own H2 file, without Redis.
 */
class BenefitsOnEmbeddedDatabaseTest {

    @Test
    void points_gift_cards_and_grades_work_on_the_embedded_database(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext shop = new SpringApplicationBuilder(TunemallApplication.class)
                .run("--tunemall.data-dir=" + dataDir, "--server.port=0", "--tunemall.demo-data=false")) {
            PointLedger points = shop.getBean(PointLedger.class);
            PointAdministration pointAdmin = shop.getBean(PointAdministration.class);
            GiftCardAdministration giftCardAdmin = shop.getBean(GiftCardAdministration.class);
            GiftCards giftCards = shop.getBean(GiftCards.class);
            GradeAdministration grades = shop.getBean(GradeAdministration.class);
            PurchaseLedger purchases = shop.getBean(PurchaseLedger.class);
            JdbcTemplate jdbc = shop.getBean(JdbcTemplate.class);
            // The benefit tables reference member accounts (V82); members 1 to 5 are bare accounts.
            for (long id = 1; id <= 5; id++) {
                jdbc.update("INSERT INTO member_account (id, status, joined_at, version) VALUES (?, 'ACTIVE', ?, 0)",
                        id, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
            }
            ShopClock clock = shop.getBean(ShopClock.class);
            LocalDate today = clock.today();

            var soon = points.earn(1, "H2-1", won(1000), today.plusDays(10));
            points.earn(1, "H2-2", won(500), today.plusDays(100));
            points.spend(1, "H2-3", won(1200));
            assertThatThrownBy(() -> points.spend(1, "H2-4", won(301))).isInstanceOf(InsufficientPoints.class);
            assertThat(points.restoreSpend("H2-3", "part", won(200)).restored()).isEqualTo(won(200));
            BenefitFixtures.moveExpiry(jdbc, soon.entryId(), clock.now().minusSeconds(1));
            assertThat(pointAdmin.expireDueNow().ran()).isTrue();
            assertThat(points.restoreSpend("H2-3").reissued()).isEqualTo(won(1000));
            assertThat(points.cancelEarn("H2-2").takenBack()).isEqualTo(won(500));
            assertThat(pointAdmin.statement(1, 0, 20).entries()).hasSize(6);
            assertThat(BenefitFixtures.assertLedgerAddsUp(jdbc, 1)).isEqualTo(1000);

            IssuedGiftCards issued = giftCardAdmin.issue(new GiftCardBatchDraft(3, won(10_000),
                    today.plusDays(30), "H2"), "owner");
            giftCards.redeemToPoints(2, issued.codes().get(0).code());
            assertThatThrownBy(() -> giftCards.redeemToPoints(3, issued.codes().get(0).code()))
                    .isInstanceOf(GiftCardRefused.class);
            giftCards.reserveForPayment(issued.codes().get(1).code(), "H2-5");
            assertThat(giftCards.capture("H2-5")).hasSize(1);
            assertThat(giftCardAdmin.voidBatch(issued.batch().id(), "test", "owner")).isEqualTo(1);
            assertThat(giftCardAdmin.batches().get(0).redeemed()).isEqualTo(2);

            grades.createTier(new GradeDraft("GOLD", "골드", 10, 300, 300, true, won(100_000), false), "owner");
            purchases.recordPaid(4, "H2-6", won(150_000), clock.now());
            purchases.recordRefund("H2-6", won(10_000));
            assertThat(grades.regradeNow("owner").changed()).isEqualTo(1);
            assertThat(shop.getBean(MemberBenefits.class).of(4).gradeCode()).isEqualTo("GOLD");
            long basic = grades.tiers().stream().filter(t -> t.isDefault()).findFirst().orElseThrow().id();
            grades.override(5, basic, null, "owner");
            grades.clearOverride(5, "owner");
            assertThat(grades.history(5)).hasSize(2);
        }
    }
}
