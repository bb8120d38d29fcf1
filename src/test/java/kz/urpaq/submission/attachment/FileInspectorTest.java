package kz.urpaq.submission.attachment;

import kz.urpaq.submission.attachment.AttachmentRejectedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files are judged by their bytes; names never enter into it. */
class FileInspectorTest {

    @TempDir
    Path directory;

    @Test
    void a_real_pdf_with_kazakh_text_is_a_pdf() throws IOException {
        assertThat(FileInspector.inspect(file(TestFiles.pdf()))).isEqualTo(FileType.PDF);
    }

    @Test
    void images_and_a_workbook_are_recognised_by_their_bytes() throws IOException {
        assertThat(FileInspector.inspect(file(TestFiles.png()))).isEqualTo(FileType.PNG);
        assertThat(FileInspector.inspect(file(TestFiles.jpeg()))).isEqualTo(FileType.JPEG);
        assertThat(FileInspector.inspect(file(TestFiles.xlsx()))).isEqualTo(FileType.XLSX);
    }

    @Test
    void an_empty_file_is_refused() {
        assertRefused(new byte[0], Reason.EMPTY);
    }

    @Test
    void text_is_not_a_pdf_whatever_it_is_called() {
        assertRefused(TestFiles.text("Бұл PDF емес, жай мәтін.\n"), Reason.UNKNOWN_TYPE);
        assertRefused(TestFiles.text("<script>alert(1)</script>"), Reason.UNKNOWN_TYPE);
    }

    @Test
    void a_pdf_header_on_garbage_is_a_damaged_pdf() {
        assertRefused(TestFiles.text("%PDF-1.7\nnot really a document\n%%EOF\n"), Reason.DAMAGED_PDF);
    }

    @Test
    void the_first_half_of_a_real_pdf_is_refused() {
        var pdf = TestFiles.pdf();

        assertRefused(Arrays.copyOf(pdf, pdf.length / 2), Reason.DAMAGED_PDF);
    }

    @Test
    void the_first_half_of_a_real_pdf_with_an_end_marker_glued_on_is_refused() {
        var pdf = TestFiles.pdf();
        var half = Arrays.copyOf(pdf, pdf.length / 2);
        var marker = TestFiles.text("\n%%EOF\n");
        var glued = Arrays.copyOf(half, half.length + marker.length);
        System.arraycopy(marker, 0, glued, half.length, marker.length);

        assertRefused(glued, Reason.DAMAGED_PDF);
    }

    @Test
    void a_real_pdf_with_its_end_cut_off_is_refused() {
        var pdf = TestFiles.pdf();

        assertRefused(Arrays.copyOf(pdf, pdf.length - 200), Reason.DAMAGED_PDF);
    }

    @Test
    void a_password_protected_pdf_is_refused() {
        assertRefused(TestFiles.encryptedPdf(), Reason.ENCRYPTED_PDF);
    }

    @Test
    void programs_and_scripts_are_refused_whatever_they_are_called() {
        assertRefused(TestFiles.windowsExecutable(), Reason.EXECUTABLE);
        assertRefused(new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, Reason.EXECUTABLE);
        assertRefused(TestFiles.text("#!/bin/sh\nrm -rf /\n"), Reason.EXECUTABLE);
    }

    @Test
    void a_zip_that_is_not_a_workbook_and_a_workbook_with_macros_are_refused() {
        assertRefused(TestFiles.plainZip(), Reason.DAMAGED_SPREADSHEET);
        assertRefused(TestFiles.xlsm(), Reason.SPREADSHEET_WITH_MACROS);
        var workbook = TestFiles.xlsx();
        assertRefused(Arrays.copyOf(workbook, workbook.length / 2), Reason.DAMAGED_SPREADSHEET);
    }

    private void assertRefused(byte[] content, Reason reason) {
        assertThatThrownBy(() -> FileInspector.inspect(file(content)))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private Path file(byte[] content) throws IOException {
        var file = Files.createTempFile(directory, "upload-", ".bin");
        Files.write(file, content);
        return file;
    }
}
