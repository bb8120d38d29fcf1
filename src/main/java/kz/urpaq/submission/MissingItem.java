package kz.urpaq.submission;

import kz.urpaq.base.i18n.TranslationKeys;
import kz.urpaq.submission.attachment.AttachmentKind;

/**
 * One thing that stops an application from being submitted, with the id of the form field that
 * fixes it so the checklist can link there.
 */
public enum MissingItem {
    EMAIL_NOT_CONFIRMED(""),
    PROFILE_INCOMPLETE(""),
    RESIDENCE_NOT_ELIGIBLE(""),
    AGE_NOT_ELIGIBLE(""),
    DIRECTION("field-direction"),
    TITLE("field-title"),
    SUMMARY("field-summary"),
    RELEVANCE("field-relevance"),
    GOALS("field-goals"),
    MILESTONES("field-milestones"),
    TEAM_MEMBER_INCOMPLETE("field-team"),
    EXPECTED_RESULTS("field-expected-results"),
    AUDIENCE("field-audience"),
    PLACE("field-place"),
    BUDGET("field-budget"),
    BUDGET_LINE_INCOMPLETE("field-budget"),
    BUDGET_OVER_MAXIMUM("field-budget"),
    VIDEO_URL_INVALID("field-video-url"),
    PROJECT_DESCRIPTION_FILE("field-attachments"),
    COST_ESTIMATE_FILE("field-attachments"),
    IDENTITY_DOCUMENT_FILE("field-attachments");

    private final String fieldId;

    MissingItem(String fieldId) {
        this.fieldId = fieldId;
    }

    public String fieldId() {
        return fieldId;
    }

    public String labelKey() {
        return TranslationKeys.of("application.missing", this);
    }

    static MissingItem forAttachment(AttachmentKind kind) {
        return switch (kind) {
            case PROJECT_DESCRIPTION -> PROJECT_DESCRIPTION_FILE;
            case COST_ESTIMATE -> COST_ESTIMATE_FILE;
            case IDENTITY_DOCUMENT -> IDENTITY_DOCUMENT_FILE;
            case PRESENTATION -> throw new IllegalArgumentException("the presentation is optional");
        };
    }
}
