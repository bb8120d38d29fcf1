package kz.urpaq.demo;

import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.applicant.ApplicantProfileSpec;
import kz.urpaq.applicant.Iin;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.review.PanelMember;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.PrivacyNotice;
import kz.urpaq.security.PrivacyNoticeService;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.Role;
import kz.urpaq.submission.ApplicationContent;
import kz.urpaq.submission.ApplicationRefusedException;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.GuardianConsentService;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.AttachmentService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;

/**
 * What the people of a demo competition do, through the real services: each step signed in as
 * that person, at the instant it happened ({@link DemoClock}). The seeders of the demo
 * competitions ({@link FinishedCompetitionDemo}, {@link ReviewRoundDemo}) share it, one seeding
 * at a time (docs/decisions/011-demo-data.md).
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "urpaq.demo.enabled", havingValue = "true")
class DemoWalker {

    static final List<AttachmentKind> REQUIRED_FILES = Arrays.stream(AttachmentKind.values())
            .filter(AttachmentKind::isRequired).toList();

    private static final String MAIL_LOGGER = "kz.urpaq.mail";

    private final AccountService accounts;
    private final ApplicantProfileService profiles;
    private final ApplicationService applications;
    private final AttachmentService attachments;
    private final JuryPanelService panels;
    private final UserDetailsService userDetails;
    /** Who signs in during one seeding; emptied after it, so a changed account is read afresh next time. */

    private final PrivacyNoticeService privacyNotices;
    private final GuardianConsentService guardians;

    DemoWalker(AccountService accounts, ApplicantProfileService profiles, ApplicationService applications,
               AttachmentService attachments, JuryPanelService panels, UserDetailsService userDetails,
               PrivacyNoticeService privacyNotices, GuardianConsentService guardians) {
        this.privacyNotices = privacyNotices;
        this.guardians = guardians;
        this.accounts = accounts;
        this.profiles = profiles;
        this.applications = applications;
        this.attachments = attachments;
        this.panels = panels;
        this.userDetails = userDetails;
    }

    /**
     * The applicant has read and accepted the current privacy notice, as each does at their first
     * sign-in; an account that has, or does not exist (yet), is left alone.
     */
    void acceptPrivacyNotice(String email, Instant when) {
        if (accounts.findByEmail(email).isEmpty()) {
            return;
        }
        as(email, when, () -> {
            if (privacyNotices.mustAccept()) {
                privacyNotices.accept(PrivacyNotice.CURRENT_VERSION);
            }
        });
    }

    /** The demo applicants' e-mails: {@code tu-2025.applicant01@urpaq.local} and so on. */
    static String applicantEmail(String code, int number) {
        return "%s.applicant%02d@urpaq.local".formatted(code.toLowerCase(Locale.ROOT), number);
    }

    static String jurorEmail(String direction, int number) {
        return "jury." + direction + number + "@urpaq.local";
    }

    /**
     * Runs one seeding. A demo competition's mails (receipts, eligibility) would flood the log of
     * the first start; they are still sent, only not written to the log while seeding.
     */
    <T> T seeding(Supplier<T> task) {
        var logging = LoggingSystem.get(DemoWalker.class.getClassLoader());
        var configuration = logging.getLoggerConfiguration(MAIL_LOGGER);
        var before = configuration == null ? null : configuration.getConfiguredLevel();
        logging.setLogLevel(MAIL_LOGGER, LogLevel.WARN);
        try {
            return task.get();
        } finally {
            logging.setLogLevel(MAIL_LOGGER, before);
        }
    }

    /** Runs the task signed in as the account with this e-mail, at that instant of the past. */
    <T> T as(String email, Instant when, Supplier<T> task) {
        return DemoClock.at(when, () -> {
            var previous = SecurityContextHolder.getContext();
            // Signed in afresh at each step, as a person would be: sensitive steps ask for a recent sign-in.
            var principal = userDetails.loadUserByUsername(email);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities()));
            SecurityContextHolder.setContext(context);
            try {
                return task.get();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
    }

    void as(String email, Instant when, Runnable task) {
        as(email, when, () -> {
            task.run();
            return null;
        });
    }

    /**
     * The demo administrator opens an account for each project's author (sharing the demo
     * applicants' password, confirmed) and gives it a profile with a valid IIN. Accounts and
     * profiles that exist are left alone. {@code ageOn}: the day the places of study are judged by.
     */
    void registerApplicants(String code, Map<String, DemoProjects.Project> byEmail, LocalDate ageOn, Instant when) {
        as(DemoData.ADMIN_EMAIL, when, () -> {
            var missing = new LinkedHashMap<String, String>();
            byEmail.forEach((email, project) -> {
                if (accounts.findByEmail(email).isEmpty()) {
                    missing.put(email, project.fullName());
                }
            });
            if (!missing.isEmpty()) {
                accounts.createSharingPassword(missing, DemoData.APPLICANT_PASSWORD, EnumSet.of(Role.APPLICANT),
                        Language.KK);
            }
            int index = 0;
            for (var entry : byEmail.entrySet()) {
                var account = accounts.findByEmail(entry.getKey()).orElseThrow();
                if (missing.containsKey(entry.getKey())) {
                    accounts.markEmailConfirmed(account.id());
                }
                if (profiles.findByAccountId(account.id()).isEmpty()) {
                    createProfile(code, account.id(), entry.getValue(), index, ageOn);
                }
                index++;
            }
            byEmail.keySet().forEach(email -> acceptPrivacyNotice(email, when));
        });
    }

    private void createProfile(String code, long accountId, DemoProjects.Project project, int index, LocalDate ageOn) {
        var today = profiles.today();
        var minor = project.birthDate().plusYears(18).isAfter(today);
        var age = Period.between(project.birthDate(), ageOn).getYears();
        var language = project.russian() ? Language.RU : Language.KK;
        var guardian = guardianName(project);
        for (int serial = 100 + Math.floorMod(code.hashCode() + index * 97, 8000); ; serial += 7) {
            var iin = Iin.of(project.birthDate(), project.female(), serial);
            if (iin.isEmpty()) {
                continue;
            }
            try {
                profiles.createFor(accountId, new ApplicantProfileSpec(project.fullName(), iin.get().digits(),
                        project.birthDate(), "+7 70%d %03d %02d %02d".formatted(index % 8 + 1, 100 + index * 7,
                        index % 90 + 10, (index * 13) % 90 + 10), project.district(),
                        DemoProjects.placeOfStudy(project, age, index), language, minor ? guardian : "",
                        minor ? "+7 701 555 02 " + (10 + index) : "", minor, true));
                return;
            } catch (InputRefusedException taken) {
                if (serial > 9900) {
                    throw taken;
                }
            }
        }
    }

    private static String guardianName(DemoProjects.Project project) {
        return project.russian() ? "Родитель: " + project.fullName().split(" ")[0]
                : project.fullName().split(" ")[0] + " (ата-анасы)";
    }

    /**
     * The applicant writes a draft when {@code begun}, attaches the three required files forty
     * minutes later and submits at {@code submittedAt}. Returns the application's id.
     */
    long apply(String email, long competitionId, ApplicationContent content, DemoFiles files,
               DemoProjects.Project project, Instant begun, Instant submittedAt) {
        long applicationId = as(email, begun, () -> {
            long draft = applications.start(competitionId);
            applications.saveDraft(draft, content);
            return draft;
        });
        as(email, begun.plus(Duration.ofMinutes(40)), () -> {
            for (var kind : REQUIRED_FILES) {
                attachments.upload(applicationId, kind, DemoFiles.fileName(kind, project),
                        new ByteArrayInputStream(files.bytes(kind)));
            }
        });
        if (as(email, begun.plus(Duration.ofMinutes(41)), () -> guardians.status(applicationId).blocksSubmission())) {
            // under 18 on the deadline: the parent signed the consent form at the organiser's office
            as(DemoData.ADMIN_EMAIL, begun.plus(Duration.ofMinutes(50)),
                    () -> guardians.confirmOnPaper(applicationId, guardianName(project)));
        }
        as(email, submittedAt, () -> {
            try {
                applications.submit(applicationId);
            } catch (ApplicationRefusedException refused) {
                throw new IllegalStateException("demo application of " + email + " refused: "
                        + applications.checklist(applicationId), refused);
            }
        });
        return applicationId;
    }

    /** When an applicant began writing and when they submitted. */
    record Submission(Instant begun, Instant submittedAt) {
    }

    /**
     * The instants of {@code count} submissions, one per slot in order: distinct, crowding towards
     * the deadline as real ones do (ties break on them), each begun one to seven days before.
     */
    static List<Submission> submissions(int count, Random random, Instant opensAt, Instant deadline) {
        var first = opensAt.plus(Duration.ofDays(1)).plus(Duration.ofHours(10));
        long spanMinutes = Duration.between(first, deadline).toMinutes() - 30;
        var submissions = new ArrayList<Submission>();
        for (int slot = 0; slot < count; slot++) {
            double x = (slot + 0.5) / count;
            var submittedAt = first.plus(Duration.ofMinutes(Math.round(spanMinutes * (1 - (1 - x) * (1 - x)))
                    + random.nextInt(5))).plusSeconds(slot);
            var begun = submittedAt.minus(Duration.ofHours(24 + random.nextInt(24 * 6)));
            if (begun.isBefore(opensAt.plus(Duration.ofHours(2)))) {
                begun = opensAt.plus(Duration.ofHours(2 + slot));
            }
            submissions.add(new Submission(begun, submittedAt));
        }
        return submissions;
    }

    static ApplicationContent content(DemoProjects.Project project, int index, long directionId, int year) {
        return new ApplicationContent(directionId, project.title(), project.summary(),
                DemoProjects.relevance(project), DemoProjects.goals(project),
                DemoProjects.expectedResults(project), DemoProjects.audience(project),
                DemoProjects.town(project), index % 3 == 0 ? "https://video.example.kz/urpaq/" + (index + 1) : "",
                DemoProjects.milestones(project, year), DemoProjects.team(project, index),
                DemoProjects.budget(project, index));
    }

    /** The demo administrator seats the first {@code jurors} demo jurors of each direction on its panel. */
    void seatJurors(CompetitionOverview competition, int jurors, Instant when) {
        as(DemoData.ADMIN_EMAIL, when, () -> {
            for (var direction : competition.directions()) {
                for (int number = 1; number <= jurors; number++) {
                    var juror = accounts.findByEmail(jurorEmail(direction.code(), number)).orElseThrow(
                            () -> new IllegalStateException("the demo jurors are seeded by DemoData first"));
                    panels.addMember(competition.id(), direction.id(), juror.id(), PanelMember.DEFAULT_CAP);
                }
            }
        });
    }

    long accountId(String email, Instant when) {
        return as(DemoData.ADMIN_EMAIL, when, () -> accounts.findByEmail(email)).orElseThrow().id();
    }

    /** The three placeholder PDFs of one demo competition, each made once. */
    static final class DemoFiles {

        private final String caption;
        private final Map<AttachmentKind, byte[]> made = new EnumMap<>(AttachmentKind.class);

        /** {@code competitionTitle}: named on every page, so nobody takes a placeholder for a real file. */
        DemoFiles(String competitionTitle) {
            this.caption = "Демо-деректер: «" + competitionTitle + "» · Демо-данные";
        }

        static String fileName(AttachmentKind kind, DemoProjects.Project project) {
            var base = switch (kind) {
                case PROJECT_DESCRIPTION -> project.russian() ? "opisanie-proekta" : "zhoba-sipattamasy";
                case COST_ESTIMATE -> project.russian() ? "smeta" : "shygyndar-smetasy";
                default -> project.russian() ? "udostoverenie" : "zheke-kualik";
            };
            return base + ".pdf";
        }

        byte[] bytes(AttachmentKind kind) {
            return made.computeIfAbsent(kind, k -> switch (k) {
                case PROJECT_DESCRIPTION -> pdf("Жоба сипаттамасы · Описание проекта");
                case COST_ESTIMATE -> pdf("Шығындар сметасы · Смета расходов");
                default -> pdf("Жеке куәлік · Удостоверение личности");
            });
        }

        /** A one-page PDF saying what it stands for: the demo's attachments are placeholders. */
        private byte[] pdf(String heading) {
            try (var document = new PDDocument();
                 var font = DemoWalker.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                var type0 = PDType0Font.load(document, Objects.requireNonNull(font));
                try (var text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(type0, 16);
                    text.newLineAtOffset(60, 760);
                    text.showText(heading);
                    text.setFont(type0, 11);
                    text.newLineAtOffset(0, -24);
                    text.showText(caption);
                    text.endText();
                }
                var out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
