package kz.urpaq.review;

import kz.urpaq.submission.EligibleApplications;
import kz.urpaq.submission.TeamMember;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Gives a fixture applicant identifying details that must never reach a juror: a distinctive
 * name and school, team members, and a PDF whose metadata names the applicant.
 */
@Component
public class BlindApplicant {

    public static final String SCHOOL = "Алматы 57-мектеп-лицейі";
    public static final List<String> TEAM = List.of("Ерболат Жақсылықов", "Меруерт Тоқтарова");

    private final JdbcTemplate jdbc;
    private final EligibleApplications applications;

    BlindApplicant(JdbcTemplate jdbc, EligibleApplications applications) {
        this.jdbc = jdbc;
        this.applications = applications;
    }

    /** The applicant's name, e-mail, IIN, phone and school, and the team members' names. */
    public List<String> identify(long applicantId, long applicationId) {
        var name = "Айгерім Сапарова " + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("update user_account set display_name = ? where id = ?", name, applicantId);
        jdbc.update("update applicant_profile set place_of_study = ? where account_id = ?", SCHOOL, applicantId);
        applications.describe(applicationId, "Жоба туралы қысқаша",
                TEAM.stream().map(member -> new TeamMember(member, "Қатысушы", 17)).toList());
        var row = jdbc.queryForMap("select a.email, p.iin, p.phone from user_account a "
                + "join applicant_profile p on p.account_id = a.id where a.id = ?", applicantId);
        return List.of(name, (String) row.get("email"), (String) row.get("iin"), (String) row.get("phone"), SCHOOL,
                TEAM.get(0), TEAM.get(1));
    }

    /** A one-page PDF whose Author, Title, Subject, Keywords, Creator and XMP name the person. */
    public static byte[] pdfNaming(String person) {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var info = document.getDocumentInformation();
            info.setAuthor(person);
            info.setTitle("Жоба — " + person);
            info.setSubject(person);
            info.setKeywords(person);
            info.setCreator(person);
            info.setProducer(person);
            var xmp = ("<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
                    + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>" + person
                    + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>")
                    .getBytes(StandardCharsets.UTF_8);
            document.getDocumentCatalog().setMetadata(new PDMetadata(document, new ByteArrayInputStream(xmp)));
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
