package kz.urpaq.submission.attachment;

import kz.urpaq.submission.attachment.AttachmentRejectedException.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import static kz.urpaq.submission.attachment.HostileFiles.NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The juror's copy keeps what a juror needs to judge and loses whatever names the applicant. */
class BlindCopyTest {

    @TempDir
    Path directory;

    @Test
    void a_pdf_loses_every_name_its_javascript_links_and_files_and_keeps_its_page() throws IOException {
        var original = HostileFiles.pdf();
        assertThat(HostileFiles.everythingIn(original)).contains(NAME, "JavaScript", "EmbeddedFile", "URI");

        var copy = blindCopy(FileType.PDF, original);

        var everything = HostileFiles.everythingIn(copy);
        assertThat(everything).doesNotContainIgnoringCase("Nurlanovna").doesNotContainIgnoringCase("Aigerim")
                .doesNotContain("JavaScript", "/JS", "OpenAction", "EmbeddedFile", "URI", "Launch", "PieceInfo");
        try (var document = Loader.loadPDF(copy)) {
            assertThat(new PDFTextStripper().getText(document)).contains(HostileFiles.PAGE_TEXT);
            var page = document.getPage(0);
            assertThat(page.getMetadata()).isNull();
            assertThat(page.getActions().getCOSObject().keySet()).isEmpty();
            assertThat(page.getAnnotations()).hasSize(2)
                    .allSatisfy(annotation -> assertThat(annotation.getCOSObject().getString("T")).isNull());
            var picture = (PDImageXObject) page.getResources().getXObject(
                    page.getResources().getXObjectNames().iterator().next());
            assertThat(picture.getImage().getWidth()).isEqualTo(64);
            assertThat(document.getDocumentCatalog().getDocumentOutline()).isNull();
        }
    }

    @Test
    void a_workbook_is_rebuilt_from_the_values_of_its_visible_sheets_without_any_name() throws IOException {
        var original = HostileFiles.xlsx();
        assertThat(HostileFiles.unzipped(original)).contains(NAME, "absPath");

        var copy = blindCopy(FileType.XLSX, original);

        assertThat(HostileFiles.unzipped(copy)).doesNotContainIgnoringCase("Nurlanovna")
                .doesNotContainIgnoringCase("Aigerim").doesNotContain("absPath", "C:\\");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            var sheet = workbook.getSheet("Смета");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ноутбук");
            assertThat(sheet.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(350000);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Барлығы");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(700000);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Project site");
        }
        assertThat(FileInspector.inspect(file(copy))).isEqualTo(FileType.XLSX);
    }

    @Test
    void a_jpeg_loses_its_exif_artist_gps_xmp_and_comment_and_keeps_its_pixels_and_orientation() throws IOException {
        var original = HostileFiles.jpeg(6);
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(NAME);

        var copy = blindCopy(FileType.JPEG, original);

        assertThat(new String(copy, StandardCharsets.ISO_8859_1)).doesNotContain("Nurlanovna", "Aigerim",
                "http://ns.adobe.com", "Photoshop", "trailing data");
        assertSamePixels(copy, original);
        int exifAt = new String(copy, StandardCharsets.ISO_8859_1).indexOf("Exif\0\0");
        assertThat(exifAt).isPositive();
        var exif = java.util.Arrays.copyOfRange(copy, exifAt + 6, copy.length);
        assertThat(ImageFiles.orientation(exif)).isEqualTo(6);
    }

    @Test
    void a_png_loses_its_text_chunks_and_keeps_its_pixels() throws IOException {
        var original = HostileFiles.png();
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains(NAME);

        var copy = blindCopy(FileType.PNG, original);

        assertThat(new String(copy, StandardCharsets.ISO_8859_1)).doesNotContain("Nurlanovna", "Aigerim", "tEXt",
                "iTXt", "zTXt", "eXIf", "trailing data");
        assertSamePixels(copy, original);
    }

    @Test
    void a_png_header_without_a_picture_is_refused() {
        assertRefused(FileType.PNG, HostileFiles.emptyPng(), Reason.DAMAGED_IMAGE);
    }

    @Test
    void a_picture_declaring_fifty_thousand_pixels_square_is_refused_before_it_is_decoded() {
        assertRefused(FileType.PNG, HostileFiles.hugePng(50_000, 50_000), Reason.IMAGE_TOO_LARGE);
    }

    @Test
    void a_workbook_whose_directory_hides_how_far_it_unpacks_is_refused_while_it_is_rebuilt() throws IOException {
        var bomb = directory.resolve("bomb.xlsx");
        try (var out = Files.newOutputStream(bomb)) {
            HostileFiles.zipBomb(out, 80L * 1024 * 1024);
        }
        lieAboutSizes(bomb);

        assertThatThrownBy(() -> BlindCopy.make(FileType.XLSX, bomb))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SPREADSHEET_TOO_LARGE));
    }

    /** Rewrites every uncompressed size in the central directory as 1 KB. */
    private static void lieAboutSizes(Path zip) throws IOException {
        var bytes = Files.readAllBytes(zip);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                bytes[i + 24] = 0;
                bytes[i + 25] = 4;
                bytes[i + 26] = 0;
                bytes[i + 27] = 0;
            }
        }
        Files.write(zip, bytes);
    }

    private static void assertSamePixels(byte[] copy, byte[] original) throws IOException {
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(original));
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(copy));
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(actual.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y));
            }
        }
    }

    private void assertRefused(FileType type, byte[] content, Reason reason) {
        assertThatThrownBy(() -> blindCopy(type, content))
                .isInstanceOfSatisfying(AttachmentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private byte[] blindCopy(FileType type, byte[] content) throws IOException {
        var copy = BlindCopy.make(type, file(content));
        try {
            return Files.readAllBytes(copy);
        } finally {
            Files.delete(copy);
        }
    }

    private Path file(byte[] content) throws IOException {
        var file = Files.createTempFile(directory, "upload-", ".bin");
        Files.write(file, content);
        return file;
    }
}
