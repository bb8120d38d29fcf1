package kz.urpaq.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Who accepted which version of the privacy notice, and when (SPEC §15). Applicants accept the
 * current version when they register; one whose newest acceptance is older accepts the new one at
 * the next sign-in, before any other page opens ({@code PrivacyNoticeGate}). Staff process personal
 * data for their organiser and are not asked here (docs/decisions/030-personal-data.md).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class PrivacyNoticeService {

    private final PrivacyAcceptanceRepository acceptances;
    private final PrivacyAcceptances record;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    PrivacyNoticeService(PrivacyAcceptanceRepository acceptances, PrivacyAcceptances record,
                         UserAccountRepository accounts, CurrentUser currentUser) {
        this.acceptances = acceptances;
        this.record = record;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person must accept the current notice before anything else: applicants only. */
    @Transactional(readOnly = true)
    public boolean mustAccept() {
        return currentUser.get()
                .filter(principal -> principal.hasRole(Role.APPLICANT))
                .map(principal -> PrivacyNotice.mustAccept(acceptances.newestVersion(principal.accountId())))
                .orElse(false);
    }

    /**
     * The signed-in person accepts the version of the notice they were shown. A page shown before
     * a newer version took effect is refused, so nobody accepts a text they did not read. Accepting
     * a version twice records it once. Audited.
     *
     * @throws PrivacyRefusedException when {@code version} is not the current one
     */
    public void accept(int version) {
        if (version != PrivacyNotice.CURRENT_VERSION) {
            throw new PrivacyRefusedException("privacy.refused.outdated");
        }
        var account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        record.acceptCurrent(account);
    }

    /** The signed-in person's acceptances, the oldest first. */
    @Transactional(readOnly = true)
    public List<PrivacyAcceptanceRecord> mine() {
        return acceptances.findByAccountIdOrderByAcceptedAtAsc(currentUser.require().accountId()).stream()
                .map(row -> new PrivacyAcceptanceRecord(row.getNoticeVersion(), row.getAcceptedAt()))
                .toList();
    }
}
