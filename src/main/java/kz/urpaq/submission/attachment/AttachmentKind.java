package kz.urpaq.submission.attachment;

import kz.urpaq.base.i18n.TranslationKeys;

import java.util.Set;

/** What a file is for, and which file types it accepts (domain.md §5). */
public enum AttachmentKind {
    PROJECT_DESCRIPTION(true, Set.of(FileType.PDF)),
    PRESENTATION(false, Set.of(FileType.PDF)),
    COST_ESTIMATE(true, Set.of(FileType.PDF, FileType.XLSX)),
    IDENTITY_DOCUMENT(true, Set.of(FileType.PDF, FileType.JPEG, FileType.PNG));

    private final boolean required;
    private final Set<FileType> accepted;

    AttachmentKind(boolean required, Set<FileType> accepted) {
        this.required = required;
        this.accepted = accepted;
    }

    public boolean isRequired() {
        return required;
    }

    public Set<FileType> accepted() {
        return accepted;
    }

    /** Whether jurors see files of this kind: never the identity document, which names the applicant. */
    public boolean shownToJurors() {
        return this != IDENTITY_DOCUMENT;
    }

    public String labelKey() {
        return TranslationKeys.of("attachment.kind", this);
    }
}
