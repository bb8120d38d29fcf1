package kz.urpaq.base.personal;

import java.util.List;
import java.util.Map;

/**
 * One room's part of what Urpaq holds about an account. The privacy room collects every bean of
 * this type: a room that adds a table of personal data adds (or extends) its section, and the
 * export, the deletion and the retention job cover it with no change elsewhere. The caller has
 * already decided that the account may be exported or erased; sections check nothing.
 */
public interface PersonalDataSection {

    /** The section's name in the export ({@code sections/<name>} and the JSON key), unique, e.g. {@code "applications"}. */
    String name();

    /**
     * Every row this room keeps about the account, by table: {@code "application" → [row, …]},
     * each row its columns by name ({@link PersonalRows} reads them). Secrets (password hashes,
     * second-factor keys, link tokens) are left out; they are not data about the person.
     */
    Map<String, List<Map<String, Object>>> export(PersonalDataSubject subject);

    /** The account's files this room keeps (uploads, certificates), read when the ZIP is written. */
    default List<PersonalFile> files(PersonalDataSubject subject) {
        return List.of();
    }

    /**
     * Removes or anonymises what this room keeps about the account: names, IIN, contacts and files
     * go; what results and scores need stays, without a name (SPEC §15). Runs in the caller's
     * transaction; running it twice changes nothing the second time.
     *
     * @param label what stands for the person from now on, e.g. "deleted applicant #42"
     */
    void erase(PersonalDataSubject subject, String label);
}
