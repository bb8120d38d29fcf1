package kz.urpaq.outbox;

import jakarta.persistence.criteria.Predicate;
import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.domain.NoSuchRecordException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outgoing mail as the platform administrator sees it (/admin/mail): find, read without secrets,
 * resend what failed. Mail is the installation's, not one organiser's, so no organiser's administrator reads it.
 */
@Service
@PreAuthorize("hasRole('PLATFORM')")
@Transactional(readOnly = true)
public class OutboxService {

    private final OutboxMailRepository mails;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    OutboxService(OutboxMailRepository mails, Outbox outbox, AuditTrail audit, Clock clock) {
        this.mails = mails;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The newest first. */
    public List<OutboxEntry> find(OutboxFilter filter, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), Sort.by(Sort.Order.desc("id")));
        return mails.findAll(specification(filter), page).stream().map(OutboxEntry::of).toList();
    }

    public long count(OutboxFilter filter) {
        return mails.count(specification(filter));
    }

    public Map<MailState, Long> countsByState() {
        var counts = new EnumMap<MailState, Long>(MailState.class);
        for (var state : MailState.values()) {
            counts.put(state, mails.countByState(state));
        }
        return counts;
    }

    /**
     * Queues a given-up mail again, with a new day of retries; audited.
     *
     * @return false when the mail is not FAILED (nothing changes)
     */
    @Transactional
    public boolean resend(long id) {
        var mail = mails.findById(id).orElseThrow(() -> new NoSuchRecordException("outbox.not-found"));
        if (!mail.resend(clock.instant())) {
            return false;
        }
        audited(mail);
        outbox.deliverAfterCommit(List.of(id));
        return true;
    }

    /** Queues every given-up mail again; each is audited. @return how many */
    @Transactional
    public int resendAllFailed() {
        var now = clock.instant();
        var ids = new ArrayList<Long>();
        for (var mail : mails.findByStateOrderByIdAsc(MailState.FAILED)) {
            if (mail.resend(now)) {
                audited(mail);
                ids.add(mail.getId());
            }
        }
        outbox.deliverAfterCommit(ids);
        return ids.size();
    }

    private void audited(OutboxMail mail) {
        audit.record(AuditAction.MAIL_RESENT, "mail", mail.getId(), mail.getCompetitionId(),
                MailState.FAILED.name(), MailState.PENDING.name(), mail.getKind().name() + " → " + mail.getRecipient());
    }

    private static Specification<OutboxMail> specification(OutboxFilter filter) {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (filter.state() != null) {
                where.add(cb.equal(root.get("state"), filter.state()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.recipient() != null && !filter.recipient().isBlank()) {
                where.add(cb.like(cb.lower(root.get("recipient")),
                        "%" + filter.recipient().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%"));
            }
            if (filter.competitionId() != null) {
                where.add(cb.equal(root.get("competitionId"), filter.competitionId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
