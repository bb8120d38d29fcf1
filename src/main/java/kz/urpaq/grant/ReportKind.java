package kz.urpaq.grant;

import kz.urpaq.base.i18n.TranslationKeys;

/** The two reports of a grant (domain.md §14): the interim (mid-term) report and the final report. */
public enum ReportKind {
    INTERIM,
    FINAL;

    public String labelKey() {
        return TranslationKeys.of("grant.report-kind", this);
    }
}
