package kz.urpaq.certificate;

import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.EligibleApplications;
import kz.urpaq.testing.TestAccounts;
import org.apache.pdfbox.Loader;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An announced competition with one direction: applicant A with two eligible applications,
 * applicant B with one, three jurors who scored all three; finalised and announced, so that
 * 3 participation certificates, 3 diplomas, 3 grant certificates and 3 juror letters are due.
 */
@Component
public class CertificateTestData {

    public static final int DUE = 12;

    private final ReviewFixture fixture;
    private final ResultsTestData results;
    private final EligibleApplications applications;
    private final TestAccounts accounts;
    private final CompetitionSetupService setup;
    private final ResultsService resultsService;

    CertificateTestData(ReviewFixture fixture, ResultsTestData results, EligibleApplications applications,
                        TestAccounts accounts, CompetitionSetupService setup, ResultsService resultsService) {
        this.fixture = fixture;
        this.results = results;
        this.applications = applications;
        this.accounts = accounts;
        this.setup = setup;
        this.resultsService = resultsService;
    }

    public record Announced(long competitionId, String applicantA, long applicantAId, String applicantB,
                            long applicantBId, List<ResultsTestData.Juror> jurors) {
    }

    public Announced announced() {
        return announced(accounts.newApplicant());
    }

    /** With the given account as applicant A. */
    public Announced announced(String applicantA) {
        var built = inReview(applicantA);
        SystemTask.run(() -> {
            setup.moveTo(built.competitionId(), Phase.DELIBERATION);
            resultsService.finalise(built.competitionId());
            setup.moveTo(built.competitionId(), Phase.ANNOUNCED);
        });
        return built;
    }

    /** The same competition, scored but still in review. */
    public Announced inReview() {
        return inReview(accounts.newApplicant());
    }

    private Announced inReview(String applicantA) {
        var competition = fixture.competition(Phase.REVIEW, 1);
        long direction = competition.directions().getFirst().id();
        var applicantB = accounts.newApplicant();
        long a = fixture.accountId(applicantA);
        long b = fixture.accountId(applicantB);
        var ids = new ArrayList<Long>(applications.eligible(competition.id(), direction, a, 2));
        ids.addAll(applications.eligible(competition.id(), direction, b, 1));
        var setupOfFixture = new ReviewFixture.Setup(competition,
                List.of(new ReviewFixture.Panel(direction, List.of(), List.copyOf(ids))), a);
        var jurors = List.of(results.juror(setupOfFixture, 0), results.juror(setupOfFixture, 0),
                results.juror(setupOfFixture, 0));
        for (int i = 0; i < ids.size(); i++) {
            for (var juror : jurors) {
                results.submit(juror, ids.get(i), 9 - i, 8, 7, 6, 5);
            }
        }
        return new Announced(competition.id(), applicantA, a, applicantB, b, jurors);
    }

    /** The verification code printed on a PDF (the database keeps only its hash). */
    public static String code(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var url = document.getDocumentInformation().getCustomMetadataValue("VerificationUrl");
            return url.substring(url.lastIndexOf('/') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
