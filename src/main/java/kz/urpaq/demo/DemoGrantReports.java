package kz.urpaq.demo;

import kz.urpaq.base.domain.Almaty;
import kz.urpaq.grant.GrantRow;
import kz.urpaq.grant.GrantService;
import kz.urpaq.grant.GrantState;
import kz.urpaq.grant.ReportKind;
import kz.urpaq.grant.report.GrantReportService;
import kz.urpaq.grant.report.MilestoneLine;
import kz.urpaq.grant.report.MilestoneStatus;
import kz.urpaq.grant.report.ReportContent;
import kz.urpaq.grant.report.ReportPlan;
import kz.urpaq.grant.report.SpendingLine;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports of last year's grants (domain.md §14), written and decided through the services as the
 * people would, right after {@link DemoGrants}: every active grant's interim report handed in in May
 * and accepted in June (its second tranche falls due), except the last one, whose recipient never
 * handed anything in (overdue on the register). Of the final reports handed in in November the first
 * is accepted (the grant completes and the results page links its public summary), the second is
 * returned with a comment, the others wait for the organiser. Idempotent: grants that already have
 * reports are left alone.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "urpaq.demo.enabled", havingValue = "true")
class DemoGrantReports {

    private final GrantService grants;
    private final GrantReportService reports;
    private final AccountService accounts;
    private final DemoWalker walker;

    DemoGrantReports(GrantService grants, GrantReportService reports, AccountService accounts, DemoWalker walker) {
        this.grants = grants;
        this.reports = reports;
        this.accounts = accounts;
        this.walker = walker;
    }

    void seed(long competitionId, int year) {
        var active = walker.as(DemoData.ADMIN_EMAIL, at(year + 1, 5, 1, 9, 0), () -> grants.register(competitionId))
                .stream().filter(row -> row.grant().state() == GrantState.ACTIVE).toList();
        if (active.size() < 3 || walker.as(DemoData.ADMIN_EMAIL, at(year + 1, 5, 1, 9, 0),
                () -> reports.reports(active.getFirst().grant().id())).stream().anyMatch(r -> r.state() != null)) {
            return;
        }
        var overdue = active.getLast();
        var writing = active.subList(0, active.size() - 1);
        for (int i = 0; i < writing.size(); i++) {
            var row = writing.get(i);
            var email = email(row);
            long id = row.grant().id();
            var content = content(walker.as(email, at(year + 1, 5, 10 + i % 10, 18, 0),
                    () -> reports.open(id, ReportKind.INTERIM).plan()), row.grant().amount(), row.grant().projectTitle(),
                    false);
            boolean withFiles = i == 0;
            walker.as(email, at(year + 1, 5, 20 + i % 8, 19, 30), () -> {
                reports.saveDraft(id, ReportKind.INTERIM, content);
                if (withFiles) {
                    reports.addReceipt(id, ReportKind.INTERIM, 0, "chek-1.pdf", new ByteArrayInputStream(receipt()));
                    reports.addPhoto(id, ReportKind.INTERIM, "uirme.png", new ByteArrayInputStream(photo()));
                }
                reports.submit(id, ReportKind.INTERIM);
            });
            walker.as(DemoData.ADMIN_EMAIL, at(year + 1, 6, 3, 10, i), () -> reports.accept(id, ReportKind.INTERIM));
        }
        walker.as(email(overdue), at(year + 1, 5, 25, 21, 0), () -> reports.open(overdue.grant().id(),
                ReportKind.INTERIM));

        for (int i = 0; i < writing.size(); i++) {
            var row = writing.get(i);
            var email = email(row);
            long id = row.grant().id();
            var content = content(walker.as(email, at(year + 1, 11, 10, 18, 0),
                    () -> reports.open(id, ReportKind.FINAL).plan()), row.grant().amount(), row.grant().projectTitle(),
                    true);
            walker.as(email, at(year + 1, 11, 20 + i % 9, 20, 0), () -> {
                reports.saveDraft(id, ReportKind.FINAL, content);
                reports.submit(id, ReportKind.FINAL);
            });
        }
        long accepted = writing.getFirst().grant().id();
        walker.as(DemoData.ADMIN_EMAIL, at(year + 1, 12, 1, 11, 0), () -> reports.accept(accepted, ReportKind.FINAL));
        long returned = writing.get(1).grant().id();
        walker.as(DemoData.ADMIN_EMAIL, at(year + 1, 12, 1, 11, 30), () -> reports.returnWithComment(returned,
                ReportKind.FINAL, "Шығындар бойынша түбіртектерді қосыңыз және екінші кезеңнің неге толық "
                        + "орындалмағанын ескертпеде жазыңыз."));
    }

    /**
     * A report over the application's own plan: the milestones done (the last only partly in the
     * interim report), the spending a little under each planned line and within the grant.
     */
    private static ReportContent content(ReportPlan plan, BigDecimal amount, String title, boolean last) {
        var milestones = new ArrayList<MilestoneLine>();
        for (int i = 0; i < plan.milestones().size(); i++) {
            boolean partly = !last && i == plan.milestones().size() - 1;
            milestones.add(new MilestoneLine(i, partly ? MilestoneStatus.PARTLY : MilestoneStatus.DONE,
                    partly ? "Кезең жалғасуда, қорытынды есепте аяқталады." : ""));
        }
        var planned = Math.max(1, plan.plannedTotalTenge());
        var share = Math.min(90, amount.longValue() * 90 / planned);
        var spending = new ArrayList<SpendingLine>();
        for (int i = 0; i < plan.budget().size(); i++) {
            var line = plan.budget().get(i).totalTenge() * share / 100 / (last ? 1 : 2);
            spending.add(new SpendingLine(i, line, ""));
        }
        return new ReportContent(milestones, last
                ? "Жоспарланған нәтижелерге толық қол жеткізілді: іс-шаралар өтті, қатысушылар саны күтілгеннен асты."
                : "Алғашқы кезеңдер орындалды, қатысушылар жиналды, жұмыс жоспар бойынша жүріп жатыр.",
                spending, "https://urpaq.local/projects",
                "«" + title + "» жобасы аяқталды: жоспарланған іс-шаралар өтіп, ауыл жастары жаңа дағдыларды "
                        + "үйренді. Нәтижелер мектептер мен аудан әкімдігіне ұсынылды.");
    }

    private String email(GrantRow row) {
        return SystemTask.run(() -> accounts.findAllById(List.of(row.grant().recipientAccountId()))).getFirst().email();
    }

    /** A receipt: a blank one-page PDF, enough for the file checks. */
    private static byte[] receipt() {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo: a small picture in the project's colours. */
    private static byte[] photo() {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0xa0);
            }
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Almaty.ZONE).toInstant();
    }
}
