package kz.urpaq.privacy;

import kz.urpaq.base.personal.PersonalDataSection;
import kz.urpaq.base.personal.PersonalDataSubject;
import kz.urpaq.security.PrivacyNotice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes everything every room holds about an account into one ZIP: {@code data.json} (each
 * section's tables and rows) and the files under {@code files/}.
 */
@Component
class PersonalDataZip {

    static final String JSON = "data.json";

    private final List<PersonalDataSection> sections;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PersonalDataZip(List<PersonalDataSection> sections) {
        this.sections = sections;
    }

    @Transactional(readOnly = true)
    public byte[] write(PersonalDataSubject subject, Instant now) {
        var document = new LinkedHashMap<String, Object>();
        document.put("account_id", subject.accountId());
        document.put("generated_at", now.toString());
        document.put("privacy_notice_version", PrivacyNotice.CURRENT_VERSION);
        var bySection = new LinkedHashMap<String, Object>();
        for (var section : sections) {
            bySection.put(section.name(), section.export(subject));
        }
        document.put("sections", bySection);
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(JSON));
            zip.write(json.writeValueAsBytes(document));
            zip.closeEntry();
            var names = new HashSet<String>();
            for (var section : sections) {
                for (var file : section.files(subject)) {
                    var name = "files/" + file.path();
                    if (!names.add(name)) {
                        continue;
                    }
                    zip.putNextEntry(new ZipEntry(name));
                    try (var in = file.content().open()) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
