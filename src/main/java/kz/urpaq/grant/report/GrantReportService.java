package kz.urpaq.grant.report;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.grant.GrantLookup;
import kz.urpaq.grant.GrantReportAccepted;
import kz.urpaq.grant.GrantState;
import kz.urpaq.grant.GrantSummary;
import kz.urpaq.grant.ReportKind;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.submission.ApplicationContents;
import kz.urpaq.submission.attachment.AttachmentRejectedException;
import kz.urpaq.submission.attachment.CheckedFiles;
import kz.urpaq.submission.attachment.FileType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The reports of a grant (domain.md §14). Its recipient writes them — drafts that save themselves,
 * receipts and photos, handing in — only while the grant is ACTIVE and the report is a draft or was
 * returned; an administrator of the grant's competition accepts a report handed in or returns it with
 * a comment. Every step is kept in the report's history, audited, and mailed to the other side.
 * Someone else's grant, another organiser's grant and a grant that does not exist are refused alike.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class GrantReportService {

    /** How many files a report may hold in all, and how many of them photos. */
    public static final int MAX_FILES = 30;
    public static final int MAX_PHOTOS = 10;
    public static final int COMMENT_MAX_LENGTH = ReportEvent.COMMENT_MAX_LENGTH;

    private final GrantReportRepository reports;
    private final ReportFileRepository files;
    private final ReportEventRepository events;
    private final GrantLookup grants;
    private final ApplicationContents applications;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ReportMail mail;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    GrantReportService(GrantReportRepository reports, ReportFileRepository files, ReportEventRepository events,
                       GrantLookup grants, ApplicationContents applications, CurrentUser currentUser,
                       AuditTrail audit, ReportMail mail, ApplicationEventPublisher publisher, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.events = events;
        this.grants = grants;
        this.applications = applications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.mail = mail;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * The recipient's report of this kind; while the grant is ACTIVE its first opening starts the
     * draft, with a line for every milestone and budget line of the application.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public ReportDetails open(long grantId, ReportKind kind) {
        var grant = recipients(grantId);
        var plan = plan(grant);
        var report = reports.findByGrantIdAndKind(grantId, kind).orElse(null);
        if (report == null && grant.state() == GrantState.ACTIVE) {
            report = reports.saveAndFlush(new GrantReport(grant, kind, plan.emptyReport(), clock.instant()));
        }
        return details(grant, kind, plan, report, true);
    }

    /** Saves the whole text of the recipient's draft or returned report; returns what was saved. */
    @PreAuthorize("hasRole('APPLICANT')")
    public ReportDetails saveDraft(long grantId, ReportKind kind, ReportContent content) {
        var grant = recipients(grantId);
        var plan = plan(grant);
        var report = editable(grant, kind);
        ReportRules.checkDraft(content, plan);
        report.edit(content, clock.instant());
        return details(grant, kind, plan, reports.saveAndFlush(report), true);
    }

    /** Hands the report in, complete and within the grant; the organiser is told. */
    @PreAuthorize("hasRole('APPLICANT')")
    public ReportDetails submit(long grantId, ReportKind kind) {
        var grant = recipients(grantId);
        var plan = plan(grant);
        var report = editable(grant, kind);
        ReportRules.checkComplete(report.content(), plan, grant.amount());
        var before = report.getState();
        var again = report.submit(clock.instant());
        reports.saveAndFlush(report);
        record(report, again ? ReportEventAction.RESUBMITTED : ReportEventAction.SUBMITTED, null);
        audit.record(AuditAction.GRANT_REPORT_SUBMITTED, "grant", grantId, grant.competitionId(), before.name(),
                report.getState().name(), kind.name());
        mail.submitted(grant, kind, again);
        return details(grant, kind, plan, report, true);
    }

    /** Keeps a receipt for one budget line of the application, checked like an attachment. */
    @PreAuthorize("hasRole('APPLICANT')")
    public ReportFileView addReceipt(long grantId, ReportKind kind, int budgetLine, String fileName,
                                     InputStream content) {
        var grant = recipients(grantId);
        if (budgetLine < 0 || budgetLine >= plan(grant).budget().size()) {
            throw new GrantReportRefusedException("grant.report.refused.no-such-budget-line");
        }
        return keep(editable(grant, kind), ReportFile.Purpose.RECEIPT, budgetLine, fileName, content);
    }

    /** Keeps a photo of the project: a JPEG or PNG by its content, stripped of its metadata. */
    @PreAuthorize("hasRole('APPLICANT')")
    public ReportFileView addPhoto(long grantId, ReportKind kind, String fileName, InputStream content) {
        var report = editable(recipients(grantId), kind);
        if (files.countByReportIdAndPurpose(id(report), ReportFile.Purpose.PHOTO) >= MAX_PHOTOS) {
            throw new GrantReportRefusedException("grant.report.refused.too-many-photos", MAX_PHOTOS);
        }
        return keep(report, ReportFile.Purpose.PHOTO, null, fileName, content);
    }

    /** Removes a file from the recipient's report while it can change. */
    @PreAuthorize("hasRole('APPLICANT')")
    public void removeFile(long grantId, ReportKind kind, long fileId) {
        var report = editable(recipients(grantId), kind);
        var file = files.findById(fileId).filter(f -> f.getReportId() == id(report))
                .orElseThrow(() -> new GrantReportRefusedException(GrantReportRefusedException.NOT_FOUND));
        files.delete(file);
    }

    /** A file of a report, for the grant's recipient and the administrators of its competition. */
    @Transactional(readOnly = true)
    public ReportFileContent file(long grantId, long fileId) {
        var grant = grants.recipientsGrant(grantId).or(() -> grants.administeredGrant(grantId))
                .orElseThrow(GrantReportService::notFound);
        var file = files.findById(fileId)
                .filter(f -> reports.findById(f.getReportId()).filter(r -> r.getGrantId() == grant.id()).isPresent())
                .orElseThrow(GrantReportService::notFound);
        return new ReportFileContent(file.getName(), file.getFileType().mediaType(), file.getBytes());
    }

    /** Both reports of a grant of a competition the caller administers, as they stand. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ReportDetails> reports(long grantId) {
        var grant = administered(grantId);
        var plan = plan(grant);
        return Arrays.stream(ReportKind.values())
                .map(kind -> details(grant, kind, plan, reports.findByGrantIdAndKind(grantId, kind).orElse(null),
                        false))
                .toList();
    }

    /** Accepts a report handed in; the grants move on (the next tranche falls due, or the grant is completed). */
    @PreAuthorize("hasRole('ADMIN')")
    public ReportDetails accept(long grantId, ReportKind kind) {
        var grant = administered(grantId);
        var report = awaitingDecision(grant, kind);
        report.accept(clock.instant());
        reports.saveAndFlush(report);
        record(report, ReportEventAction.ACCEPTED, null);
        audit.record(AuditAction.GRANT_REPORT_ACCEPTED, "grant", grantId, grant.competitionId(),
                ReportState.SUBMITTED.name(), ReportState.ACCEPTED.name(), kind.name());
        publisher.publishEvent(new GrantReportAccepted(grantId, kind));
        mail.accepted(grant, kind);
        return details(grant, kind, plan(grant), report, false);
    }

    /** Returns a report handed in to its recipient, with a comment saying what to fix. */
    @PreAuthorize("hasRole('ADMIN')")
    public ReportDetails returnWithComment(long grantId, ReportKind kind, String comment) {
        var grant = administered(grantId);
        var text = comment.strip();
        if (text.isEmpty()) {
            throw new GrantReportRefusedException("grant.report.refused.comment-required");
        }
        if (text.length() > COMMENT_MAX_LENGTH) {
            throw new GrantReportRefusedException("grant.report.refused.too-long", COMMENT_MAX_LENGTH);
        }
        var report = awaitingDecision(grant, kind);
        report.giveBack();
        reports.saveAndFlush(report);
        record(report, ReportEventAction.RETURNED, text);
        audit.record(AuditAction.GRANT_REPORT_RETURNED, "grant", grantId, grant.competitionId(),
                ReportState.SUBMITTED.name(), ReportState.RETURNED.name(), kind.name() + ": " + text);
        mail.returned(grant, kind, text);
        return details(grant, kind, plan(grant), report, false);
    }

    /** A file of a report as downloaded. */
    public record ReportFileContent(String name, String mediaType, byte[] bytes) {
    }

    private ReportFileView keep(GrantReport report, ReportFile.Purpose purpose, @Nullable Integer budgetLine,
                                String fileName, InputStream content) {
        if (files.listed(id(report)).size() >= MAX_FILES) {
            throw new GrantReportRefusedException("grant.report.refused.too-many-files", MAX_FILES);
        }
        var checked = CheckedFiles.check(fileName, content);
        if (purpose == ReportFile.Purpose.PHOTO && checked.type() == FileType.PDF) {
            throw new AttachmentRejectedException(AttachmentRejectedException.Reason.TYPE_NOT_ACCEPTED);
        }
        var saved = files.saveAndFlush(new ReportFile(id(report), purpose, budgetLine, checked.name(),
                checked.type(), checked.bytes(), clock.instant()));
        return new ReportFileView(java.util.Objects.requireNonNull(saved.getId()),
                purpose == ReportFile.Purpose.PHOTO, budgetLine, saved.getName(), saved.getSizeBytes());
    }

    private void record(GrantReport report, ReportEventAction action, @Nullable String comment) {
        var me = currentUser.require();
        events.save(new ReportEvent(id(report), action, me.accountId(), me.displayName(), comment, clock.instant()));
    }

    private GrantReport editable(GrantSummary grant, ReportKind kind) {
        if (grant.state() != GrantState.ACTIVE) {
            throw new GrantReportRefusedException("grant.report.refused.grant-not-active");
        }
        var report = reports.findByGrantIdAndKind(grant.id(), kind)
                .orElseGet(() -> reports.saveAndFlush(new GrantReport(grant, kind, plan(grant).emptyReport(),
                        clock.instant())));
        if (!report.getState().isEditable()) {
            throw new GrantReportRefusedException("grant.report.refused.not-editable");
        }
        return report;
    }

    private GrantReport awaitingDecision(GrantSummary grant, ReportKind kind) {
        var report = reports.findByGrantIdAndKind(grant.id(), kind)
                .orElseThrow(() -> new GrantReportRefusedException("grant.report.refused.not-submitted"));
        if (report.getState() == ReportState.ACCEPTED) {
            throw new GrantReportRefusedException("grant.report.refused.already-accepted");
        }
        if (report.getState() != ReportState.SUBMITTED) {
            throw new GrantReportRefusedException("grant.report.refused.not-submitted");
        }
        return report;
    }

    private GrantSummary recipients(long grantId) {
        return grants.recipientsGrant(grantId).orElseThrow(GrantReportService::notFound);
    }

    private GrantSummary administered(long grantId) {
        return grants.administeredGrant(grantId).orElseThrow(GrantReportService::notFound);
    }

    private ReportPlan plan(GrantSummary grant) {
        var content = applications.content(grant.applicationId()).orElseThrow(GrantReportService::notFound);
        return new ReportPlan(content.milestones(), content.expectedResults(), content.budget());
    }

    private ReportDetails details(GrantSummary grant, ReportKind kind, ReportPlan plan, @Nullable GrantReport report,
                                  boolean forRecipient) {
        var due = due(grant, kind);
        var state = report == null ? null : report.getState();
        var history = report == null ? List.<ReportHistoryEntry>of()
                : events.findByReportIdOrderByHappenedAtAscIdAsc(id(report)).stream().map(ReportEvent::entry).toList();
        return new ReportDetails(grant.id(), kind, grant.projectTitle(), grant.state(), grant.amount(), due, state,
                report == null ? plan.emptyReport() : report.content(), plan,
                report == null ? List.of() : files.listed(id(report)), history,
                report == null ? null : report.getSavedAt(),
                forRecipient && grant.state() == GrantState.ACTIVE && state != null && state.isEditable(),
                ReportRules.overdue(state, due, grant.state(), today()));
    }

    static @Nullable LocalDate due(GrantSummary grant, ReportKind kind) {
        return kind == ReportKind.INTERIM ? grant.interimReportDue() : grant.finalReportDue();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Almaty.ZONE);
    }

    private static long id(GrantReport report) {
        return java.util.Objects.requireNonNull(report.getId());
    }

    private static GrantReportRefusedException notFound() {
        return new GrantReportRefusedException(GrantReportRefusedException.NOT_FOUND);
    }
}
