package kz.urpaq.review.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import kz.urpaq.review.AssignmentService;
import kz.urpaq.review.AssignmentState;
import kz.urpaq.review.BlindApplicant;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.review.ScoreSheetService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.TestApplications;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.FileType;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    AssignmentService assignmentService;

    @Autowired
    JuryPanelService panelService;

    @Autowired
    ScoreSheetService sheets;

    @Autowired
    BlindApplicant blindApplicant;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    private record Juror(String email, List<Long> assignments) {
    }

    private Juror juror(ReviewFixture.Setup setup) {
        var email = fixture.jurorEmail();
        long id = fixture.accountId(email);
        SystemTask.run(() -> panelService.addMember(setup.id(), setup.panel(0).directionId(), id, 10));
        var held = new ArrayList<Long>();
        for (var application : setup.panel(0).applications()) {
            held.add(SystemTask.run(() -> assignmentService.add(application, id)).assignmentId());
        }
        return new Juror(email, held);
    }

    private Button button(String id) {
        return $(Button.class).all().stream().filter(b -> b.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private String pageText() {
        var text = new StringBuilder();
        $(Component.class).all().forEach(c -> text.append(' ').append(c.getElement().getTextRecursively()));
        $(IntegerField.class).all().forEach(f -> text.append(' ').append(f.getLabel()));
        $(Anchor.class).all().forEach(a -> text.append(' ').append(a.getHref()));
        return text.toString();
    }

    @Test
    void the_review_page_never_names_the_applicant_or_the_team() {
        var setup = fixture.build(new int[]{1}, new int[]{0}, 10);
        long application = setup.panel(0).applications().getFirst();
        var identity = blindApplicant.identify(setup.applicantId(), application);
        var originalName = identity.getFirst() + ".pdf";
        long file = TestApplications.attach(context, application, AttachmentKind.PROJECT_DESCRIPTION, originalName,
                FileType.PDF, BlindApplicant.pdfNaming(identity.getFirst()));
        var juror = juror(setup);
        accounts.signInAs(juror.email());

        navigate("reviews/" + juror.assignments().getFirst(), Component.class);

        var text = pageText();
        assertThat(text).contains("Жоба туралы қысқаша", "project-description-" + file + ".pdf",
                "files/review/" + file, "Команда мүшелерінің саны: 2");
        assertThat(text).doesNotContain(identity).doesNotContain(originalName);

        navigate("reviews", Component.class);
        assertThat(pageText()).doesNotContain(identity).contains("Жіберілгені: 0 / 1");
    }

    @Test
    void a_juror_scores_with_a_live_total_submits_and_moves_to_the_next() {
        var setup = fixture.build(new int[]{2}, new int[]{0}, 10);
        var juror = juror(setup);
        accounts.signInAs(juror.email());
        navigate("reviews/" + juror.assignments().getFirst(), Component.class);

        var scores = List.of(8, 6, 7, 9, 5);
        for (int i = 0; i < scores.size(); i++) {
            int index = i;
            var field = $(IntegerField.class).all().stream()
                    .filter(f -> f.getId().orElse("").equals("score-" + index)).findFirst().orElseThrow();
            test(field).setValue(scores.get(i));
        }
        var total = $(Span.class).all().stream().filter(s -> s.getId().orElse("").equals("sheet-total"))
                .findFirst().orElseThrow();
        assertThat(total.getText()).isEqualTo("Өлшенген балл: 71,5 / 100");

        test(button("submit-sheet")).click();
        assertThat(SystemTask.run(() -> sheets.scores(setup.panel(0).applications().getFirst())).orElseThrow().sheets())
                .singleElement().satisfies(sheet -> {
                    assertThat(sheet.state()).isEqualTo(AssignmentState.SUBMITTED);
                    assertThat(sheet.total()).isEqualByComparingTo("71.5");
                });

        navigate("reviews/" + juror.assignments().getFirst(), Component.class);
        assertThat($(IntegerField.class).all()).allMatch(IntegerField::isReadOnly);
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("submit-sheet"));
        test(button("next-assignment")).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("reviews/" + juror.assignments().get(1));
    }

    @Test
    void an_administrator_sees_the_spread_and_the_comments_to_organisers_and_reopens_a_sheet() {
        var setup = fixture.build(new int[]{1}, new int[]{0}, 10);
        long application = setup.panel(0).applications().getFirst();
        var high = juror(setup);
        var low = juror(setup);
        for (var pair : List.of(java.util.Map.entry(high, 10), java.util.Map.entry(low, 3))) {
            accounts.signInAs(pair.getKey().email());
            long id = pair.getKey().assignments().getFirst();
            var sheet = sheets.sheet(id);
            sheets.submit(id, new kz.urpaq.review.ScoreDraft(sheet.version(), sheet.criteria().stream()
                    .map(c -> new kz.urpaq.review.ScoreEntry(c.id(), pair.getValue(), "")).toList(),
                    "Құпия ескерту " + pair.getValue(), ""));
            accounts.signOut();
        }
        accounts.signInAs("admin@urpaq.local");
        navigate("admin/applications/" + application + "/scores", Component.class);

        var text = pageText();
        assertThat(text).contains("Құпия ескерту 10", "Құпия ескерту 3", "Орташа балл: 65",
                "Бағалар тым алшақ");
        test(button("reopen-" + low.assignments().getFirst())).click();
        test($(com.vaadin.flow.component.textfield.TextArea.class).all().stream()
                .filter(a -> a.getId().orElse("").equals("reopen-reason")).findFirst().orElseThrow())
                .setValue("Балл қате қойылған");
        test(button("confirm-reopen")).click();
        assertThat(SystemTask.run(() -> sheets.scores(application)).orElseThrow().sheets())
                .extracting(kz.urpaq.review.ApplicationScores.Sheet::state)
                .containsExactlyInAnyOrder(AssignmentState.SUBMITTED, AssignmentState.DRAFT);
        assertThat(fixture.auditRows(setup.id(), "SCORE_REOPENED")).isEqualTo(1);
    }

    @Test
    void the_scores_page_of_an_unknown_application_is_not_found() {
        accounts.signInAs("admin@urpaq.local");
        navigate("admin/applications/999999999/scores", Component.class);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        assertThat(pageText()).doesNotContain("Орташа балл");
    }
}
