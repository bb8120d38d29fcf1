package kz.urpaq.submission;

import kz.urpaq.applicant.AgeRule;
import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.applicant.ApplicantProfileSummary;
import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.domain.Region;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.StaffScope;
import kz.urpaq.submission.ApplicationRefusedException.Reason;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.AttachmentRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The applicant's side of an application: drafts that save themselves, the checklist, submission
 * before the deadline, withdrawal and reopening. Every method works only on the caller's own
 * applications; the deadline is judged by the server's clock at the moment of the change.
 */
@Service
@PreAuthorize("hasRole('APPLICANT')")
@Transactional
public class ApplicationService {

    private final ApplicationRepository applications;
    private final AttachmentRepository attachments;
    private final ApplicantProfileService profiles;
    private final CompetitionService competitions;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    private final StaffScope scope;
    private final Versions versions;
    private final RevisionRequestRepository revisions;
    private final GuardianConsents guardians;

    ApplicationService(ApplicationRepository applications, AttachmentRepository attachments,
                       ApplicantProfileService profiles,
                       CompetitionService competitions, AccountService accounts, CurrentUser currentUser,
                       ApplicationEventPublisher events, AuditTrail audit, Clock clock, StaffScope scope,
                       Versions versions, RevisionRequestRepository revisions, GuardianConsents guardians) {
        this.guardians = guardians;
        this.scope = scope;
        this.versions = versions;
        this.revisions = revisions;
        this.applications = applications;
        this.attachments = attachments;
        this.profiles = profiles;
        this.competitions = competitions;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ApplicationSummary> mine() {
        var competitions = new java.util.HashMap<Long, CompetitionOverview>();
        return applications.findByApplicantIdOrderByCreatedAtDesc(me()).stream()
                .map(application -> {
                    var competition = competitions.computeIfAbsent(application.getCompetitionId(),
                            this::competition);
                    return new ApplicationSummary(application.getId(), competition.id(), competition.title(),
                            application.content().title(), application.getStatus(), application.getReferenceNumber(),
                            competition.submissionDeadline(), application.getSavedAt(), application.getSubmittedAt());
                })
                .toList();
    }

    /**
     * Opens the caller's application to a competition, starting a draft when there is none. With
     * the one-application rule a second draft is never made: the existing one is returned.
     */
    public long start(long competitionId) {
        var competition = competition(competitionId);
        var existing = applications.findByApplicantIdAndCompetitionId(me(), competitionId);
        if (competition.oneApplicationPerApplicant() && !existing.isEmpty()) {
            return existing.getFirst().getId();
        }
        requireOpen(competition);
        requireEligible(competition);
        // the organiser's administrators may now find the account (and nothing else of it)
        scope.joinAsApplicant(competition.organiserId());
        return applications.save(new Application(competitionId, me(), clock.instant())).getId();
    }

    /** The caller's application; one whose revision deadline has passed is first put back to its last version. */
    public ApplicationDetails get(long applicationId) {
        var application = own(applicationId);
        versions.expireIfDue(application);
        return details(application);
    }

    /**
     * Saves the whole text of a draft while submissions are open, or of an application returned
     * for revision until its revision deadline; returns the saved state. A revision whose deadline
     * has passed is refused, and the earlier version stands (the unsent draft is kept).
     */
    @Transactional(noRollbackFor = ApplicationRefusedException.class)
    public ApplicationDetails saveDraft(long applicationId, ApplicationContent content) {
        var application = own(applicationId);
        var competition = competition(application.getCompetitionId());
        requireRevisionOpen(application);
        if (!application.getStatus().isEditable()) {
            throw new ApplicationRefusedException(Reason.NOT_A_DRAFT);
        }
        if (application.getStatus() != ApplicationStatus.REVISION_REQUESTED) {
            requireOpen(competition);
        }
        validate(content, competition);
        application.edit(content, clock.instant());
        return details(applications.saveAndFlush(application));
    }

    public List<MissingItem> checklist(long applicationId) {
        var application = own(applicationId);
        return missing(application, competition(application.getCompetitionId()));
    }

    /**
     * Submits a complete draft. The row is locked first, so a double click or a second tab
     * submits once; phase and deadline are checked after the lock, just before the commit.
     */
    @Transactional(noRollbackFor = ApplicationRefusedException.class)
    public ApplicationDetails submit(long applicationId) {
        own(applicationId);
        var application = applications.findForUpdate(applicationId).orElseThrow();
        var competition = competition(application.getCompetitionId());
        requireRevisionOpen(application);
        if (application.getStatus() == ApplicationStatus.SUBMITTED) {
            return details(application);
        }
        if (application.getStatus() == ApplicationStatus.REVISION_REQUESTED) {
            return resubmit(application, competition);
        }
        if (!application.getStatus().isEditable()) {
            throw new ApplicationRefusedException(Reason.NOT_A_DRAFT);
        }
        if (!missing(application, competition).isEmpty()) {
            throw new ApplicationRefusedException(Reason.INCOMPLETE);
        }
        if (guardians.status(applicationId, competition, profiles.myProfile().map(ApplicantProfileSummary::birthDate))
                .blocksSubmission()) {
            // under 18 on the deadline: a parent or guardian confirms first (SPEC §15)
            throw new ApplicationRefusedException(Reason.GUARDIAN_NOT_CONFIRMED);
        }
        requireOpen(competition);
        var reference = application.getReferenceNumber() != null ? application.getReferenceNumber()
                : "%s-%06d".formatted(competition.code(), applications.nextReferenceNumber());
        application.submit(reference, clock.instant());
        applications.saveAndFlush(application);
        var number = versions.keep(application, clock.instant());
        audit.record(AuditAction.APPLICATION_SUBMITTED, "application", application.getId(), competition.id(),
                ApplicationStatus.DRAFT.name(), ApplicationStatus.SUBMITTED.name(),
                number == 1 ? reference : reference + " v" + number);
        events.publishEvent(new ApplicationSubmitted(application.getId(), application.getApplicantId(), reference));
        return details(application);
    }

    /** Sent again after a revision, before its deadline: back to screening as a new version. */
    private ApplicationDetails resubmit(Application application, CompetitionOverview competition) {
        if (!missing(application, competition).isEmpty()) {
            throw new ApplicationRefusedException(Reason.INCOMPLETE);
        }
        var now = clock.instant();
        application.resubmit(now);
        applications.saveAndFlush(application);
        var number = versions.keep(application, now);
        revisions.findFirstByApplicationIdAndOutcomeIsNullOrderByIdDesc(application.getId())
                .ifPresent(request -> request.resolve(RevisionRequest.Outcome.RESUBMITTED, now, null));
        var reference = java.util.Objects.requireNonNull(application.getReferenceNumber());
        audit.record(AuditAction.APPLICATION_SUBMITTED, "application", application.getId(), competition.id(),
                ApplicationStatus.REVISION_REQUESTED.name(), ApplicationStatus.SUBMITTED.name(),
                reference + " v" + number);
        events.publishEvent(new ApplicationSubmitted(application.getId(), application.getApplicantId(), reference));
        return details(application);
    }

    /** A revision whose deadline has passed: the earlier version is put back, and the change refused. */
    private void requireRevisionOpen(Application application) {
        if (versions.expireIfDue(application)) {
            throw new ApplicationRefusedException(Reason.REVISION_CLOSED);
        }
    }

    public ApplicationDetails withdraw(long applicationId) {
        var application = own(applicationId);
        if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new ApplicationRefusedException(Reason.NOT_SUBMITTED);
        }
        requireOpen(competition(application.getCompetitionId()));
        application.withdraw(clock.instant());
        audit.record(AuditAction.APPLICATION_WITHDRAWN, "application", application.getId(),
                application.getCompetitionId(), ApplicationStatus.SUBMITTED.name(),
                ApplicationStatus.WITHDRAWN.name(), application.getReferenceNumber());
        return details(applications.saveAndFlush(application));
    }

    public ApplicationDetails reopen(long applicationId) {
        var application = own(applicationId);
        if (application.getStatus() != ApplicationStatus.WITHDRAWN) {
            throw new ApplicationRefusedException(Reason.NOT_WITHDRAWN);
        }
        requireOpen(competition(application.getCompetitionId()));
        application.reopen(clock.instant());
        audit.record(AuditAction.APPLICATION_REOPENED, "application", application.getId(),
                application.getCompetitionId(), ApplicationStatus.WITHDRAWN.name(), ApplicationStatus.DRAFT.name(),
                application.getReferenceNumber());
        return details(applications.saveAndFlush(application));
    }

    private long me() {
        return currentUser.require().accountId();
    }

    /** The caller's application; someone else's looks exactly like one that does not exist. */
    private Application own(long applicationId) {
        return applications.findById(applicationId)
                .filter(application -> application.getApplicantId() == me())
                .orElseThrow(() -> new AccessDeniedException("no such application of yours"));
    }

    private CompetitionOverview competition(long competitionId) {
        return competitions.findPublic(competitionId).orElseThrow(() -> new AccessDeniedException("no such competition"));
    }

    private void requireOpen(CompetitionOverview competition) {
        var now = clock.instant();
        if (competition.acceptsSubmissionsAt(now)) {
            return;
        }
        throw new ApplicationRefusedException(!now.isBefore(competition.submissionDeadline())
                ? Reason.DEADLINE_PASSED : Reason.NOT_ACCEPTING_SUBMISSIONS);
    }

    private ApplicationDetails details(Application application) {
        var competition = competition(application.getCompetitionId());
        return new ApplicationDetails(application.getId(), application.getVersion(), competition,
                application.getStatus(), application.getReferenceNumber(), application.content(),
                application.getScreeningReason(), application.getCreatedAt(), application.getSavedAt(),
                application.getSubmittedAt(), application.getWithdrawnAt(),
                competition.acceptsSubmissionsAt(clock.instant()),
                application.getStatus().isEditable() ? missing(application, competition) : List.of(),
                application.getRevisionNote(), application.getRevisionDeadline(),
                application.getStatus() == ApplicationStatus.REVISION_REQUESTED
                        && !application.revisionExpiredAt(clock.instant()));
    }

    /**
     * Each competition has its own age band and regions (a region's round takes its residents
     * only): someone whose profile does not fit is told why before they write anything. Someone
     * without a profile yet may start; the checklist stops the submission until it fits.
     */
    private void requireEligible(CompetitionOverview competition) {
        var profile = profiles.myProfile();
        if (profile.isEmpty()) {
            return;
        }
        if (!competition.acceptsResidentsOf(profile.get().district().region())) {
            throw new ApplicationRefusedException(Reason.REGION_NOT_ELIGIBLE, regionNames(competition));
        }
        if (!fitsAgeBand(competition, profile.get())) {
            var rule = AgeRule.of(competition);
            throw new ApplicationRefusedException(Reason.AGE_NOT_ELIGIBLE, rule.minAge(), rule.maxAge(),
                    rule.onDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
    }

    private static boolean fitsAgeBand(CompetitionOverview competition, ApplicantProfileSummary profile) {
        return competition.submissionDeadline() == null || AgeRule.of(competition).check(profile.birthDate()).isEmpty();
    }

    /** The competition's regions as one text in each language, e.g. "Алматы облысы, Алматы қаласы". */
    static LocalizedText regionNames(CompetitionOverview competition) {
        var regions = competition.eligibleRegions().stream().sorted().map(Region::displayName).toList();
        return new LocalizedText(join(regions, LocalizedText::kk), join(regions, LocalizedText::ru),
                join(regions, LocalizedText::en));
    }

    private static String join(List<LocalizedText> texts, java.util.function.Function<LocalizedText, String> language) {
        return texts.stream().map(language).collect(java.util.stream.Collectors.joining(", "));
    }

    private List<MissingItem> missing(Application application, CompetitionOverview competition) {
        var content = application.content();
        var missing = new ArrayList<MissingItem>();
        if (!accounts.isCurrentEmailConfirmed()) {
            missing.add(MissingItem.EMAIL_NOT_CONFIRMED);
        }
        var profile = profiles.myProfile();
        if (profile.isEmpty()) {
            missing.add(MissingItem.PROFILE_INCOMPLETE);
        } else {
            if (!competition.acceptsResidentsOf(profile.get().district().region())) {
                missing.add(MissingItem.RESIDENCE_NOT_ELIGIBLE);
            }
            if (!fitsAgeBand(competition, profile.get())) {
                missing.add(MissingItem.AGE_NOT_ELIGIBLE);
            }
        }
        if (content.directionId() == null) {
            missing.add(MissingItem.DIRECTION);
        }
        blank(content.title(), MissingItem.TITLE, missing);
        blank(content.summary(), MissingItem.SUMMARY, missing);
        blank(content.relevance(), MissingItem.RELEVANCE, missing);
        blank(content.goals(), MissingItem.GOALS, missing);
        if (content.milestones().isEmpty() || content.milestones().stream().anyMatch(m -> m.title().isBlank())) {
            missing.add(MissingItem.MILESTONES);
        }
        if (content.team().stream().anyMatch(member -> member.fullName().isBlank())) {
            missing.add(MissingItem.TEAM_MEMBER_INCOMPLETE);
        }
        blank(content.expectedResults(), MissingItem.EXPECTED_RESULTS, missing);
        blank(content.audience(), MissingItem.AUDIENCE, missing);
        blank(content.place(), MissingItem.PLACE, missing);
        if (content.budget().isEmpty()) {
            missing.add(MissingItem.BUDGET);
        } else if (content.budget().stream().anyMatch(line -> line.item().isBlank() || line.quantity() == 0)) {
            missing.add(MissingItem.BUDGET_LINE_INCOMPLETE);
        } else if (content.budgetTotalTenge() > competition.maxBudgetTenge()) {
            missing.add(MissingItem.BUDGET_OVER_MAXIMUM);
        }
        if (!content.videoUrl().isBlank() && !isWebAddress(content.videoUrl())) {
            missing.add(MissingItem.VIDEO_URL_INVALID);
        }
        var present = EnumSet.noneOf(AttachmentKind.class);
        attachments.findByApplicationIdOrderByUploadedAtAscIdAsc(application.getId())
                .forEach(attachment -> present.add(attachment.getKind()));
        for (var kind : AttachmentKind.values()) {
            if (kind.isRequired() && !present.contains(kind)) {
                missing.add(MissingItem.forAttachment(kind));
            }
        }
        return List.copyOf(missing);
    }

    private static void blank(String text, MissingItem item, List<MissingItem> missing) {
        if (text.isBlank()) {
            missing.add(item);
        }
    }

    static boolean isWebAddress(String text) {
        try {
            var uri = new URI(text.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void validate(ApplicationContent content, CompetitionOverview competition) {
        if (content.directionId() != null && competition.directions().stream()
                .noneMatch(direction -> direction.id() == content.directionId())) {
            throw new ApplicationRefusedException(Reason.UNKNOWN_DIRECTION);
        }
        tooLong(content.title(), Application.TITLE_MAX_LENGTH);
        tooLong(content.summary(), Application.SUMMARY_MAX_LENGTH);
        tooLong(content.relevance(), Application.LONG_TEXT_MAX_LENGTH);
        tooLong(content.goals(), Application.LONG_TEXT_MAX_LENGTH);
        tooLong(content.expectedResults(), Application.LONG_TEXT_MAX_LENGTH);
        tooLong(content.audience(), Application.AUDIENCE_MAX_LENGTH);
        tooLong(content.place(), Application.PLACE_MAX_LENGTH);
        tooLong(content.videoUrl(), Application.VIDEO_URL_MAX_LENGTH);
        if (content.team().size() > Application.MAX_TEAM_MEMBERS
                || content.milestones().size() > Application.MAX_MILESTONES
                || content.budget().size() > Application.MAX_BUDGET_LINES) {
            throw new ApplicationRefusedException(Reason.TOO_MANY_ROWS);
        }
        for (var milestone : content.milestones()) {
            tooLong(milestone.title(), Milestone.TITLE_MAX_LENGTH);
            tooLong(milestone.description(), Milestone.DESCRIPTION_MAX_LENGTH);
        }
        for (var member : content.team()) {
            tooLong(member.fullName(), TeamMember.NAME_MAX_LENGTH);
            tooLong(member.role(), TeamMember.ROLE_MAX_LENGTH);
        }
        for (var line : content.budget()) {
            tooLong(line.item(), BudgetLine.ITEM_MAX_LENGTH);
            if (line.quantity() < 0 || line.quantity() > BudgetLine.QUANTITY_MAX || line.unitCostTenge() < 0
                    || line.unitCostTenge() > BudgetLine.UNIT_COST_MAX) {
                throw new ApplicationRefusedException(Reason.INVALID_BUDGET_LINE);
            }
        }
    }

    private static void tooLong(String text, int max) {
        if (text.length() > max) {
            throw new ApplicationRefusedException(Reason.TOO_LONG);
        }
    }
}
