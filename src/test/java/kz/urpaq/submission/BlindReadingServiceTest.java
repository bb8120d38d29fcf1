package kz.urpaq.submission;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The metadata a juror's copy of a cost estimate loses, and that it stays a workbook. */
class BlindReadingServiceTest {

    private static final String NAME = "Айгерім Сапарова";

    private static byte[] workbookNaming(String person) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var source = new ZipInputStream(new ByteArrayInputStream(TestFiles.xlsx()));
             var zip = new ZipOutputStream(out)) {
            java.util.zip.ZipEntry entry;
            while ((entry = source.getNextEntry()) != null) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                source.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("docProps/core.xml"));
            zip.write(("<cp:coreProperties xmlns:cp=\"x\" xmlns:dc=\"y\"><dc:creator>" + person
                    + "</dc:creator><cp:lastModifiedBy>" + person + "</cp:lastModifiedBy></cp:coreProperties>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("docProps/app.xml"));
            zip.write(("<Properties><Company>" + person + " мектебі</Company></Properties>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void a_workbook_loses_its_creator_and_company_and_stays_a_workbook() throws IOException {
        var original = workbookNaming(NAME);
        assertThat(new String(unzipped(original), StandardCharsets.UTF_8)).contains(NAME);

        var clean = BlindReadingService.workbookWithoutMetadata(new ByteArrayInputStream(original));

        assertThat(new String(unzipped(clean), StandardCharsets.UTF_8)).doesNotContain(NAME).contains("Ноутбук");
        var file = Files.createTempFile("blind-", ".xlsx");
        try {
            Files.write(file, clean);
            assertThat(FileInspector.inspect(file)).isEqualTo(FileType.XLSX);
        } finally {
            Files.delete(file);
        }
    }

    private static byte[] unzipped(byte[] zip) throws IOException {
        var all = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                in.transferTo(all);
            }
        }
        return all.toByteArray();
    }
}
