package kz.urpaq.privacy;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.base.personal.PersonalDataSection;
import kz.urpaq.base.personal.PersonalDataSubject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Erases one account in every room that holds data about it, in the caller's transaction. */
@Component
class PersonalDataEraser {

    private final List<PersonalDataSection> sections;
    private final I18NProvider i18n;

    PersonalDataEraser(List<PersonalDataSection> sections, I18NProvider i18n) {
        this.sections = sections;
        this.i18n = i18n;
    }

    /** "deleted applicant #42", in the installation's default language: what stands for the person afterwards. */
    String label(long accountId) {
        return i18n.getTranslation("privacy.deleted-label", Language.DEFAULT.locale(), accountId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void erase(PersonalDataSubject subject) {
        var label = label(subject.accountId());
        for (var section : sections) {
            section.erase(subject, label);
        }
    }

    List<PersonalDataSection> sections() {
        return sections;
    }
}
