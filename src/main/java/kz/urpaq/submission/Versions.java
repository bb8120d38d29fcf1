package kz.urpaq.submission;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.submission.attachment.AttachmentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The versions of applications and the end of revisions (domain.md §13), for the room's services:
 * every submission is kept as a version (its text as JSON, its files by kind, name and SHA-256);
 * an application whose revision deadline passed goes back to its last version, and the unsent
 * draft is kept with the revision request.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Versions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A file of a version, as compared: its kind, its name and its content's hash. */
    record FileRef(String kind, String name, String sha256) {
    }

    private final ApplicationVersionRepository versions;
    private final RevisionRequestRepository revisions;
    private final AttachmentRepository attachments;
    private final ApplicationRepository applications;
    private final AuditTrail audit;
    private final Clock clock;

    Versions(ApplicationVersionRepository versions, RevisionRequestRepository revisions,
             AttachmentRepository attachments, ApplicationRepository applications, AuditTrail audit, Clock clock) {
        this.versions = versions;
        this.revisions = revisions;
        this.attachments = attachments;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Keeps the application as it is now as its next version, sent at {@code sentAt}; returns the version's number. */
    int keep(Application application, java.time.Instant sentAt) {
        var id = Objects.requireNonNull(application.getId());
        int number = versions.findFirstByApplicationIdOrderByNumberDesc(id).map(v -> v.getNumber() + 1).orElse(1);
        var files = attachments.findByApplicationIdOrderByUploadedAtAscIdAsc(id).stream()
                .map(a -> new FileRef(a.getKind().name(), a.getOriginalName(), a.getSha256())).toList();
        versions.saveAndFlush(new ApplicationVersion(id, number, JSON.writeValueAsString(application.content()),
                JSON.writeValueAsString(files), sentAt));
        return number;
    }

    /** Applications submitted before versions were kept get their first version when it is first needed. */
    void keepFirstIfNone(Application application) {
        if (versions.findFirstByApplicationIdOrderByNumberDesc(Objects.requireNonNull(application.getId())).isEmpty()) {
            keep(application, application.getSubmittedAt() == null ? clock.instant() : application.getSubmittedAt());
        }
    }

    /**
     * When the revision deadline has passed, the earlier version stands: the application returns
     * to screening as it was last submitted, and the unsent draft is kept with the request.
     * Returns whether it did.
     */
    boolean expireIfDue(Application application) {
        var now = clock.instant();
        if (!application.revisionExpiredAt(now)) {
            return false;
        }
        var id = Objects.requireNonNull(application.getId());
        var draft = JSON.writeValueAsString(application.content());
        var earlier = versions.findFirstByApplicationIdOrderByNumberDesc(id).orElseThrow();
        application.restore(JSON.readValue(earlier.getContentJson(), ApplicationContent.class));
        applications.saveAndFlush(application);
        revisions.findFirstByApplicationIdAndOutcomeIsNullOrderByIdDesc(id)
                .ifPresent(request -> request.resolve(RevisionRequest.Outcome.EXPIRED, now, draft));
        audit.record(AuditAction.REVISION_EXPIRED, "application", id, application.getCompetitionId(),
                ApplicationStatus.REVISION_REQUESTED.name(), ApplicationStatus.SUBMITTED.name(),
                "version " + earlier.getNumber() + " stands");
        return true;
    }

    /** Expires every due revision among these applications. */
    void expireDue(List<Application> candidates) {
        candidates.forEach(this::expireIfDue);
    }

    /** The applicant's unsent draft of a revision whose deadline passed, or empty. */
    java.util.Optional<ApplicationContent> keptDraft(long applicationId) {
        return revisions.findByApplicationIdOrderByIdAsc(applicationId).reversed().stream().findFirst()
                .filter(r -> r.getOutcome() == RevisionRequest.Outcome.EXPIRED && r.getKeptDraftJson() != null)
                .map(r -> JSON.readValue(r.getKeptDraftJson(), ApplicationContent.class));
    }

    List<VersionSummary> list(long applicationId) {
        return versions.findByApplicationIdOrderByNumberAsc(applicationId).stream()
                .map(v -> new VersionSummary(v.getNumber(), v.getSubmittedAt())).toList();
    }

    /**
     * What changed from one version to another, field by field, and which files were added or
     * removed; {@code directionName} names a direction by its id.
     */
    VersionDiff diff(long applicationId, int from, int to, Function<Long, String> directionName) {
        var before = versions.findByApplicationIdAndNumber(applicationId, from)
                .orElseThrow(() -> new ScreeningRefusedException("screening.refused.no-such-version"));
        var after = versions.findByApplicationIdAndNumber(applicationId, to)
                .orElseThrow(() -> new ScreeningRefusedException("screening.refused.no-such-version"));
        var a = JSON.readValue(before.getContentJson(), ApplicationContent.class);
        var b = JSON.readValue(after.getContentJson(), ApplicationContent.class);
        var fields = new ArrayList<VersionDiff.FieldChange>();
        compare(fields, "application.field.direction", a.directionId() == null ? "" : directionName.apply(a.directionId()),
                b.directionId() == null ? "" : directionName.apply(b.directionId()));
        compare(fields, "application.field.title", a.title(), b.title());
        compare(fields, "application.field.summary", a.summary(), b.summary());
        compare(fields, "application.field.relevance", a.relevance(), b.relevance());
        compare(fields, "application.field.goals", a.goals(), b.goals());
        compare(fields, "application.section.plan", milestones(a), milestones(b));
        compare(fields, "application.section.team", team(a), team(b));
        compare(fields, "application.field.expected-results", a.expectedResults(), b.expectedResults());
        compare(fields, "application.field.audience", a.audience(), b.audience());
        compare(fields, "application.field.place", a.place(), b.place());
        compare(fields, "application.section.budget", budget(a), budget(b));
        compare(fields, "application.field.video-url", a.videoUrl(), b.videoUrl());
        var filesBefore = files(before);
        var filesAfter = files(after);
        var added = new LinkedHashSet<>(filesAfter);
        added.removeAll(filesBefore);
        var removed = new LinkedHashSet<>(filesBefore);
        removed.removeAll(filesAfter);
        return new VersionDiff(from, to, List.copyOf(fields), added.stream().map(Versions::fileLabel).toList(),
                removed.stream().map(Versions::fileLabel).toList());
    }

    private static void compare(List<VersionDiff.FieldChange> changes, String key, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new VersionDiff.FieldChange(key, before, after));
        }
    }

    private static List<FileRef> files(ApplicationVersion version) {
        return List.of(JSON.readValue(version.getFilesJson(), FileRef[].class));
    }

    /** A file as the comparison names it: its kind (a code the view translates) and its name. */
    private static String fileLabel(FileRef file) {
        return file.kind() + ":" + file.name();
    }

    private static String milestones(ApplicationContent content) {
        return String.join("\n", content.milestones().stream().map(m -> "• " + m.title()
                + (m.finishBy() == null ? "" : " — " + m.finishBy().format(DATE))
                + (m.description().isBlank() ? "" : ": " + m.description())).toList());
    }

    private static String team(ApplicationContent content) {
        return String.join("\n", content.team().stream().map(t -> "• " + t.fullName()
                + (t.role().isBlank() ? "" : ", " + t.role()) + (t.age() == null ? "" : ", " + t.age())).toList());
    }

    private static String budget(ApplicationContent content) {
        return String.join("\n", content.budget().stream().map(l -> "• " + l.item() + " — " + l.quantity() + " × "
                + l.unitCostTenge() + " ₸").toList()) + "\nΣ " + content.budgetTotalTenge() + " ₸";
    }
}
