package kz.urpaq.submission;

import java.util.List;

/**
 * What changed between two versions of an application (domain.md §13): each field whose text
 * differs, as a translation key with both texts, and the files added and removed (by kind and name).
 */
public record VersionDiff(int from, int to, List<FieldChange> fields, List<String> filesAdded,
                          List<String> filesRemoved) {

    public record FieldChange(String labelKey, String before, String after) {
    }

    public boolean unchanged() {
        return fields.isEmpty() && filesAdded.isEmpty() && filesRemoved.isEmpty();
    }
}
