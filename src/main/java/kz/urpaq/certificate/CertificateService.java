package kz.urpaq.certificate;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.NoSuchRecordException;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.organiser.OrganiserService;
import kz.urpaq.results.ResultsService;
import kz.urpaq.review.SubmittedScores;
import kz.urpaq.review.SubmittedSheet;
import kz.urpaq.security.AccountPrincipal;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.Role;
import kz.urpaq.security.StepUp;
import kz.urpaq.submission.ApplicationDirectory;
import kz.urpaq.submission.ApplicationRef;
import org.apache.pdfbox.Loader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Certificates (domain.md §8): issuing all of an announced competition's certificates, in the
 * background or at once; downloading one, or a competition's valid ones as a ZIP; revoking with a
 * reason; and the public verification by code. Administrators do everything; applicants and
 * jurors see and download their own; anyone may verify. docs/decisions/010-certificates.md says
 * why the PDFs are stored and only the hash of a code is kept.
 *
 * <p>Issued are: a participation certificate for every eligible application, a place diploma
 * for every final place I to III, a grant certificate for every final grant (the competition's
 * grant amount), and an appreciation letter for every juror who submitted a score sheet. A rerun
 * issues only what is missing; the unique (competition, kind, subject) constraint keeps two
 * runs at once from issuing anything twice. A run is a batch row (V101) that any instance shows and
 * that any instance finishes when the one working it stops: docs/decisions/022-outbox-and-background-work.md.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CertificateService {

    public static final int REASON_MAX_LENGTH = Certificate.REASON_MAX_LENGTH;

    private static final Logger log = LoggerFactory.getLogger(CertificateService.class);
    private static final int HIGHEST_DIPLOMA_PLACE = 3;

    private final StepUp stepUp;
    private final CertificateRepository certificates;
    private final CertificateDocuments documents;
    private final CompetitionSetupService setup;
    private final ResultsService results;
    private final ApplicationDirectory applications;
    private final SubmittedScores scores;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final CertificateRenderer renderer = new CertificateRenderer();
    private final String publicBaseUrl;
    private final OrganiserService organisers;
    private final CertificateBatchRepository batches;
    /** Leases are about instances being alive: real time, also while demo data lives in the past. */
    private final Clock leaseClock = Clock.systemUTC();
    private final Duration lease;

    private final CompetitionAccess access;

    CertificateService(CertificateRepository certificates, CertificateDocuments documents, CompetitionSetupService setup,
                       ResultsService results, ApplicationDirectory applications, SubmittedScores scores,
                       AccountService accounts, AuditTrail audit, CurrentUser currentUser, Clock clock,
                       PlatformTransactionManager transactionManager,
                       @Value("${urpaq.public-base-url}") String publicBaseUrl,
                       OrganiserService organisers,
            StepUp stepUp, CertificateBatchRepository batches,
                       @Value("${urpaq.certificates.lease:2m}") Duration lease, CompetitionAccess access) {
        this.access = access;
        this.stepUp = stepUp;
        this.batches = batches;
        this.lease = lease;
        this.certificates = certificates;
        this.documents = documents;
        this.setup = setup;
        this.results = results;
        this.applications = applications;
        this.scores = scores;
        this.accounts = accounts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.publicBaseUrl = publicBaseUrl;
        this.organisers = organisers;
    }

    // ---- issuing --------------------------------------------------------------------------------

    /**
     * Starts issuing the competition's missing certificates as a batch (a row every instance sees)
     * worked on a background thread of this instance, as the administrator who asked, and returns at
     * once; {@link #progress} tells how far it got, from any instance. While a batch of the
     * competition is running, asking again returns it; when it is stalled (the instance working it
     * stopped), asking again takes it over here: the one-click resume. Refused unless the results
     * are announced.
     */
    public IssueProgress startIssuing(long competitionId) {
        access.requireAdministered(competitionId);
        requireAnnounced(setup.overview(competitionId));
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var claim = newClaim();
        var taken = startOrTakeOver(competitionId, claim, false);
        if (taken.mine()) {
            Thread.ofVirtual().name("certificates-" + competitionId).start(() -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                SecurityContextHolder.setContext(context);
                try {
                    work(taken.progress().batchId(), claim, Integer.MAX_VALUE);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        return taken.progress();
    }

    /** The competition's latest batch, whichever instance started or works it. */
    @Transactional(readOnly = true)
    public Optional<IssueProgress> progress(long competitionId) {
        access.requireAdministered(competitionId);
        return batches.findFirstByCompetitionIdOrderByIdDesc(competitionId).map(b -> b.progress(leaseClock.instant()));
    }

    /**
     * Issues the competition's missing certificates on the calling thread and returns the finished
     * batch: for start-up work ({@code SystemTask}) and tests. A running batch of the competition is
     * taken over. Refused unless the results are announced.
     */
    public IssueProgress issueNow(long competitionId) {
        access.requireAdministered(competitionId);
        return issueNow(competitionId, Integer.MAX_VALUE);
    }

    /**
     * As {@link #issueNow(long)}, but stops after {@code limit} certificates and leaves the batch
     * running with its lease, as an instance killed at that moment would: for tests of resuming.
     */
    IssueProgress issueNow(long competitionId, int limit) {
        requireAnnounced(setup.overview(competitionId));
        var claim = newClaim();
        var taken = startOrTakeOver(competitionId, claim, true);
        return work(taken.progress().batchId(), claim, limit);
    }

    /**
     * Takes over every batch whose instance stopped renewing its lease (crashed, killed, shut down
     * mid-run) and finishes it here, one at a time: each instance calls this every
     * {@code urpaq.certificates.poll-interval}. A batch is claimed under {@code FOR UPDATE SKIP
     * LOCKED}, so two instances never take over the same one.
     *
     * @return how many batches were taken over
     */
    @PreAuthorize("hasRole('PLATFORM')") // every organiser's batches: the platform's start-up task
    public int resumeAbandoned() {
        int resumed = 0;
        while (true) {
            var claim = newClaim();
            var id = transactions.execute(status -> {
                var ids = batches.lockAbandoned(leaseClock.instant());
                if (ids.isEmpty()) {
                    return null;
                }
                var batch = batches.findById(ids.getFirst()).orElseThrow();
                batch.claim(claim, leaseClock.instant().plus(lease));
                return batch.getId();
            });
            if (id == null) {
                return resumed;
            }
            log.info("Resuming certificate batch {}, whose instance stopped", id);
            work(id, claim, Integer.MAX_VALUE);
            resumed++;
        }
    }

    private static String newClaim() {
        return UUID.randomUUID().toString();
    }

    private record Taken(IssueProgress progress, boolean mine) {
    }

    /**
     * The competition's running batch, taken over when its lease ran out (or always, when
     * {@code force}), or a new one. Two administrators starting at once meet at the unique
     * constraint on running batches; the second one gets the first one's batch.
     */
    private Taken startOrTakeOver(long competitionId, String claim, boolean force) {
        var actor = currentUser.get().map(AccountPrincipal::email).orElseGet(() -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null ? "anonymous" : authentication.getName();
        });
        for (int attempt = 0; ; attempt++) {
            try {
                return Objects.requireNonNull(transactions.execute(status -> {
                    var now = leaseClock.instant();
                    var running = batches.findByRunningCompetitionId(competitionId);
                    if (running.isPresent()) {
                        batches.lock(Objects.requireNonNull(running.get().getId()));
                        var batch = running.get();
                        if (!force && !batch.progress(now).stalled()) {
                            return new Taken(batch.progress(now), false);
                        }
                        log.info("Certificate batch {} of competition {} taken over by {}", batch.getId(), competitionId,
                                actor);
                        batch.claim(claim, now.plus(lease));
                        return new Taken(batch.progress(now), true);
                    }
                    var batch = batches.saveAndFlush(new CertificateBatch(competitionId, actor, clock.instant(), claim,
                            now.plus(lease)));
                    return new Taken(batch.progress(now), true);
                }));
            } catch (DataIntegrityViolationException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }

    /**
     * Works a batch under its claim: plans what is missing now (so a resumed batch skips what was
     * issued before the crash), then issues one certificate per transaction that also counts it and
     * renews the lease. Stops at once when the claim no longer holds (another instance took the
     * batch over), and after {@code limit} certificates without finishing (tests).
     */
    IssueProgress work(long batchId, String claim, int limit) {
        try {
            long competitionId = Objects.requireNonNull(transactions.execute(status ->
                    batches.findById(batchId).orElseThrow().getCompetitionId()));
            var competition = setup.overview(competitionId);
            requireAnnounced(competition);
            var missing = missing(competition);
            if (!step(batchId, claim, batch -> batch.plan(missing.size()))) {
                return current(batchId);
            }
            var numbers = new EnumMap<CertificateKind, Integer>(CertificateKind.class);
            for (var kind : CertificateKind.values()) {
                numbers.put(kind, certificates.lastSerialNumber(competitionId, kind));
            }
            var prefix = serialPrefix(competition.code(), competition.year());
            int handled = 0;
            for (var planned : missing) {
                if (handled++ == limit) {
                    return current(batchId);
                }
                if (!issueInBatch(batchId, claim, competition, planned, prefix, numbers)) {
                    return current(batchId);
                }
            }
            step(batchId, claim, batch -> batch.finish(clock.instant()));
        } catch (RuntimeException e) {
            log.error("Certificate batch {} failed", batchId, e);
            try {
                step(batchId, claim, batch -> batch.fail(clock.instant(), describe(e)));
            } catch (RuntimeException alsoFailed) {
                // The lease runs out and another instance (or a click) resumes the batch.
                log.error("Certificate batch {} could not be marked failed: {}", batchId, alsoFailed.toString());
            }
        }
        return current(batchId);
    }

    /** Issues one planned certificate in the batch's transaction; false when the claim was lost. */
    private boolean issueInBatch(long batchId, String claim, CompetitionOverview competition, Planned planned,
                                 String prefix, Map<CertificateKind, Integer> numbers) {
        for (int attempt = 0; ; attempt++) {
            int number = numbers.merge(planned.kind(), 1, Integer::sum);
            try {
                return Boolean.TRUE.equals(transactions.execute(status -> {
                    var batch = locked(batchId);
                    if (!batch.heldBy(claim)) {
                        return false;
                    }
                    issueOne(competition, planned, prefix, number, null);
                    batch.issuedOne();
                    batch.renew(leaseClock.instant().plus(lease));
                    return true;
                }));
            } catch (DataIntegrityViolationException raced) {
                // Issued meanwhile by someone else (the unique constraint on valid subjects), or its
                // serial was taken: the first is done, the second is tried once more with a fresh number.
                numbers.merge(planned.kind(), certificates.lastSerialNumber(competition.id(), planned.kind()),
                        Math::max);
                if (certificates.existsByCompetitionIdAndKindAndSubjectId(competition.id(), planned.kind(),
                        planned.subjectId())) {
                    return step(batchId, claim, CertificateBatch::skippedOne);
                }
                if (attempt > 0) {
                    return step(batchId, claim, batch -> batch.failedOne(describe(raced)));
                }
            } catch (RuntimeException e) {
                log.warn("Certificate {} {} of competition {} not issued", planned.kind(), planned.subjectId(),
                        competition.id(), e);
                return step(batchId, claim, batch -> batch.failedOne(describe(e)));
            }
        }
    }

    /** Changes the batch and renews its lease if the claim still holds it; false when it does not. */
    private boolean step(long batchId, String claim, Consumer<CertificateBatch> change) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            var batch = locked(batchId);
            if (!batch.heldBy(claim)) {
                return false;
            }
            change.accept(batch);
            batch.renew(leaseClock.instant().plus(lease));
            return true;
        }));
    }

    private CertificateBatch locked(long batchId) {
        batches.lock(batchId);
        return batches.findById(batchId).orElseThrow();
    }

    private IssueProgress current(long batchId) {
        return Objects.requireNonNull(transactions.execute(status ->
                batches.findById(batchId).orElseThrow().progress(leaseClock.instant())));
    }

    private static String describe(Throwable e) {
        var message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    /** One certificate to issue: the kind, whom it is for, and what it says. */
    record Planned(CertificateKind kind, long subjectId, long holderId, @Nullable Long applicationId,
                   @Nullable Integer place, @Nullable Long amountTenge, @Nullable String directionKk,
                   @Nullable String directionRu, @Nullable String projectTitle) {

        static Planned of(CertificateKind kind, ApplicationRef application, @Nullable Integer place,
                          @Nullable Long amountTenge, CompetitionOverview.@Nullable DirectionView direction) {
            return new Planned(kind, application.applicationId(), application.applicantId(),
                    application.applicationId(), place, amountTenge, direction == null ? null : direction.name().kk(),
                    direction == null ? null : direction.name().ru(), application.title());
        }
    }

    private List<Planned> missing(CompetitionOverview competition) {
        long competitionId = competition.id();
        var existing = new HashSet<String>();
        certificates.subjects(competitionId).forEach(row -> existing.add(row[0] + ":" + row[1]));
        var directions = competition.directions().stream()
                .collect(Collectors.toMap(CompetitionOverview.DirectionView::id, Function.identity()));
        Map<Long, ApplicationRef> refs = applications.eligible(competitionId).stream()
                .collect(Collectors.toMap(ApplicationRef::applicationId, Function.identity()));
        var planned = new ArrayList<Planned>();
        var rows = results.results(competitionId).rows();
        for (var row : rows) {
            var ref = refs.get(row.computed().applicationId());
            if (ref == null) {
                continue;
            }
            var direction = directions.get(row.computed().directionId());
            planned.add(Planned.of(CertificateKind.PARTICIPATION_CERTIFICATE, ref, null, null, direction));
            var place = row.finalPlace();
            if (place != null && place >= 1 && place <= HIGHEST_DIPLOMA_PLACE) {
                planned.add(Planned.of(CertificateKind.PLACE_DIPLOMA, ref, place, null, direction));
            }
            if (row.finalGrant()) {
                planned.add(Planned.of(CertificateKind.GRANT_CERTIFICATE, ref, null, competition.grantAmountTenge(),
                        direction));
            }
        }
        var jurors = new TreeSet<Long>();
        scores.submitted(competitionId).stream().map(SubmittedSheet::jurorId).forEach(jurors::add);
        jurors.forEach(juror -> planned.add(new Planned(CertificateKind.JUROR_LETTER, juror, juror, null, null, null,
                null, null, null)));
        planned.removeIf(p -> existing.contains(p.kind() + ":" + p.subjectId()));
        planned.sort(java.util.Comparator.comparing(Planned::kind).thenComparing(Planned::subjectId));
        return planned;
    }

    private Certificate issueOne(CompetitionOverview competition, Planned planned, String prefix, int number,
                                 @Nullable String replaces) {
        var holder = accounts.findAllById(List.of(planned.holderId())).stream().findFirst()
                .map(AccountSummary::displayName).orElseThrow();
        var code = VerificationCodes.next();
        var now = clock.instant();
        // printed as the competition's organiser signs (docs/domain.md §17)
        var organiser = organisers.find(competition.organiserId());
        var organisation = organiser.name().kk() + " / " + organiser.name().ru();
        var signatory = organiser.signatoryName();
        var content = new CertificateContent(planned.kind(), planned.kind().serial(prefix, competition.year(), number),
                code, holder, competition.title().kk(), competition.title().ru(), competition.region().kk(),
                competition.region().ru(), competition.year(), planned.directionKk(), planned.directionRu(), planned.projectTitle(), planned.place(),
                planned.amountTenge(), LocalDate.ofInstant(now, Almaty.ZONE), organisation, signatory,
                publicBaseUrl);
        var pdf = renderer.render(content);
        var saved = certificates.saveAndFlush(new Certificate(competition.id(), content, number, planned.subjectId(),
                planned.holderId(), planned.applicationId(), competition.title().en(), now, sha256(code)));
        long id = Objects.requireNonNull(saved.getId());
        documents.put(id, pdf);
        audit.record(AuditAction.CERTIFICATE_ISSUED, "certificate", id, competition.id(), replaces, content.serial(),
                planned.kind().name());
        return saved;
    }

    /**
     * Issues a fresh certificate in place of a revoked one, for a misprint: the same kind, subject,
     * award, direction and project, the holder's name as their account has it now, a new serial and
     * a new code. Issuing runs never replace a revoked certificate, so an award that was withdrawn
     * stays withdrawn unless an administrator asks for this.
     */
    @Transactional
    public CertificateSummary reissue(long certificateId) {
        var old = administered(certificateId);
        if (old.getRevokedAt() == null) {
            throw new CertificateRefusedException(CertificateRefusedException.NOT_REVOKED);
        }
        if (certificates.existsByCompetitionIdAndKindAndValidSubjectId(old.getCompetitionId(), old.getKind(),
                old.getSubjectId())) {
            throw new CertificateRefusedException(CertificateRefusedException.ALREADY_REISSUED);
        }
        var competition = setup.overview(old.getCompetitionId());
        var planned = new Planned(old.getKind(), old.getSubjectId(), old.getHolderAccountId(), old.getApplicationId(),
                old.getPlace(), old.getGrantAmountTenge(), old.getDirectionKk(), old.getDirectionRu(),
                old.getProjectTitle());
        int number = certificates.lastSerialNumber(old.getCompetitionId(), old.getKind()) + 1;
        return CertificateSummary.of(issueOne(competition, planned, serialPrefix(competition.code(),
                competition.year()), number, old.getSerial()));
    }

    private static void requireAnnounced(CompetitionOverview competition) {
        if (competition.phase() != Phase.ANNOUNCED) {
            throw new CertificateRefusedException(CertificateRefusedException.WRONG_PHASE);
        }
    }

    /**
     * The first part of a serial: the competition's code without its year, letters and digits
     * only ({@code TU-2026} gives {@code TU}); {@code C} and the code's digits when nothing usable
     * is left.
     */
    static String serialPrefix(String code, int year) {
        var prefix = code.replace(Integer.toString(year), "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (prefix.isEmpty() || prefix.length() > 10) {
            var digits = code.replaceAll("[^0-9]", "");
            prefix = ("C" + digits).substring(0, Math.min(10, digits.length() + 1));
        }
        return prefix;
    }

    // ---- lists and downloads --------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<CertificateSummary> list(long competitionId) {
        access.requireAdministered(competitionId);
        return certificates.findByCompetitionIdOrderByKindAscSerialNumberAsc(competitionId).stream()
                .map(CertificateSummary::of).toList();
    }

    /** The signed-in applicant's or juror's own certificates, newest first. */
    @PreAuthorize("hasAnyRole('APPLICANT', 'JURY')")
    @Transactional(readOnly = true)
    public List<CertificateSummary> mine() {
        return certificates.findByHolderAccountIdOrderByIssuedAtDescSerialAsc(currentUser.require().accountId())
                .stream().map(CertificateSummary::of).toList();
    }

    /**
     * The PDF of one certificate: any for administrators, a holder's own while it is valid. Anyone
     * else, and an id that does not exist, get the same refusal.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CertificatePdf pdf(long certificateId) {
        var certificate = certificates.findById(certificateId).orElseThrow(() -> new AccessDeniedException("no"));
        boolean admin = isAdministrator() && access.administers(certificate.getCompetitionId());
        boolean holder = currentUser.get().map(AccountPrincipal::accountId).filter(id -> id == certificate.getHolderAccountId())
                .isPresent() && certificate.getRevokedAt() == null;
        if (!admin && !holder) {
            throw new AccessDeniedException("no");
        }
        return new CertificatePdf(certificate.getSerial(), documents.get(certificateId).orElseThrow());
    }

    /** A certificate of a competition whose organiser the caller administers; any other is "not found". */
    private Certificate administered(long certificateId) {
        return certificates.findById(certificateId).filter(c -> access.administers(c.getCompetitionId()))
                .orElseThrow(() -> new NoSuchRecordException(CertificateRefusedException.NOT_FOUND));
    }

    /** Administrators, people and the start-up "system" alike, by their authority. */
    private static boolean isAdministrator() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }

    /**
     * Writes the competition's valid certificates as a ZIP, one {@code <serial>.pdf} per
     * certificate in serial order, reading one PDF at a time. Revoked ones are left out.
     */
    @Transactional(readOnly = true)
    public void writeZip(long competitionId, OutputStream out) throws IOException {
        access.requireAdministered(competitionId);
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (var certificate : certificates.findByCompetitionIdOrderByKindAscSerialNumberAsc(competitionId)) {
            if (certificate.getRevokedAt() != null) {
                continue;
            }
            var pdf = documents.get(Objects.requireNonNull(certificate.getId())).orElseThrow();
            var entry = new ZipEntry(certificate.getSerial() + ".pdf");
            entry.setTime(certificate.getIssuedAt().toEpochMilli());
            zip.putNextEntry(entry);
            zip.write(pdf);
            zip.closeEntry();
        }
        zip.finish();
    }

    /**
     * The verification address printed on one of the competition's valid certificates, read from
     * its PDF (the code itself is not stored): the demo prints it at start-up.
     */
    @Transactional(readOnly = true)
    public Optional<String> sampleVerificationUrl(long competitionId) {
        access.requireAdministered(competitionId);
        return certificates.findByCompetitionIdOrderByKindAscSerialNumberAsc(competitionId).stream()
                .filter(c -> c.getRevokedAt() == null).findFirst()
                .flatMap(c -> documents.get(Objects.requireNonNull(c.getId())))
                .map(pdf -> {
                    try (var document = Loader.loadPDF(pdf)) {
                        return document.getDocumentInformation().getCustomMetadataValue("VerificationUrl");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    // ---- revoking and verifying -----------------------------------------------------------------

    @Transactional
    public CertificateSummary revoke(long certificateId, String reason) {
        stepUp.require();
        var text = reason.strip();
        if (text.isEmpty()) {
            throw new CertificateRefusedException(CertificateRefusedException.REASON_REQUIRED);
        }
        if (text.length() > REASON_MAX_LENGTH) {
            throw new CertificateRefusedException(CertificateRefusedException.REASON_TOO_LONG, REASON_MAX_LENGTH);
        }
        var certificate = administered(certificateId);
        if (certificate.getRevokedAt() != null) {
            throw new CertificateRefusedException(CertificateRefusedException.ALREADY_REVOKED);
        }
        certificate.revoke(clock.instant(), currentUser.get().map(AccountPrincipal::accountId).orElse(null), text);
        audit.record(AuditAction.CERTIFICATE_REVOKED, "certificate", certificateId, certificate.getCompetitionId(),
                "valid", "revoked", certificate.getSerial() + ": " + text);
        return CertificateSummary.of(certificate);
    }

    /**
     * The certificate a code belongs to, for anyone. Every text, well-formed or not, takes the same
     * path: its SHA-256 is looked up in a unique index, so neither the answer nor its timing tells
     * a malformed code from an unknown one, or how near a guess came.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CertificateVerification> verify(String code) {
        return certificates.findByCodeSha256(sha256(code)).map(CertificateVerification::of);
    }

    static String sha256(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Counts per kind of a competition's valid certificates, every kind present. */
    @Transactional(readOnly = true)
    public Map<CertificateKind, Long> validCounts(long competitionId) {
        access.requireAdministered(competitionId);
        var counts = new EnumMap<CertificateKind, Long>(CertificateKind.class);
        for (var kind : CertificateKind.values()) {
            counts.put(kind, 0L);
        }
        certificates.findByCompetitionIdOrderByKindAscSerialNumberAsc(competitionId).stream()
                .filter(c -> c.getRevokedAt() == null).forEach(c -> counts.merge(c.getKind(), 1L, Long::sum));
        return counts;
    }
}
