package kz.urpaq.audit;

import kz.urpaq.base.i18n.TranslationKeys;

/** The state changes that matter (domain.md §11). */
public enum AuditAction {
    PHASE_CHANGED,
    COMPETITION_CREATED,
    COMPETITION_SETTINGS_CHANGED,
    APPLICATION_SUBMITTED,
    APPLICATION_WITHDRAWN,
    APPLICATION_REOPENED,
    ELIGIBILITY_DECIDED,
    REVIEWER_ASSIGNED,
    REVIEWER_UNASSIGNED,
    CONFLICT_DECLARED,
    SCORE_SUBMITTED,
    SCORE_REOPENED,
    RESULT_OVERRIDDEN,
    RESULTS_FINALISED,
    RESULTS_ANNOUNCED,
    CERTIFICATE_ISSUED,
    CERTIFICATE_REVOKED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    ACCOUNT_ENABLED,
    ACCOUNT_DISABLED,
    SESSIONS_ENDED;

    public String labelKey() {
        return TranslationKeys.of("audit.action", this);
    }
}
