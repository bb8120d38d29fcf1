package kz.urpaq.submission.attachment;

import kz.urpaq.submission.attachment.AttachmentRejectedException.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells what a file is from its bytes alone — never from its name or the type the browser
 * declared (domain.md §5). PDFs must also parse; workbooks must hold the parts Excel needs.
 */
final class FileInspector {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[][] EXECUTABLES = {
            {'M', 'Z'},                                               // Windows
            {0x7F, 'E', 'L', 'F'},                                    // Linux
            {'#', '!'},                                               // scripts
            {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},     // Java classes, macOS universal
            {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE},     // macOS
            {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},
            {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            {0, 'a', 's', 'm'}};                                      // WebAssembly
    /** The PDF standard wants {@code %%EOF} at the end; readers tolerate a little trailing noise. */
    private static final int PDF_END_WINDOW = 1024;
    private static final String WORKBOOK_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final int CONTENT_TYPES_MAX_BYTES = 1024 * 1024;

    private FileInspector() {
    }

    /**
     * The type of the file, judged by content.
     *
     * @throws AttachmentRejectedException when the file is empty, unknown, a program, or damaged
     */
    static FileType inspect(Path file) throws IOException {
        return inspect(file, EnumSet.allOf(FileType.class));
    }

    /**
     * The type of the file, judged by content, when it is one of {@code accepted}. A type that is
     * not accepted is refused before its deeper checks: a zip in a field for PDFs is a wrong type,
     * not a damaged workbook.
     *
     * @throws AttachmentRejectedException when the file is empty, of another type, a program, or damaged
     */
    static FileType inspect(Path file, Set<FileType> accepted) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new AttachmentRejectedException(Reason.EMPTY);
        }
        byte[] head = new byte[8];
        try (var in = Files.newInputStream(file)) {
            head = Arrays.copyOf(head, in.readNBytes(head, 0, head.length));
        }
        var type = typeBySignature(head);
        if (!accepted.contains(type)) {
            throw new AttachmentRejectedException(Reason.TYPE_NOT_ACCEPTED);
        }
        switch (type) {
            case PDF -> requireReadablePdf(file, size);
            case XLSX -> requireWorkbook(file);
            case JPEG, PNG -> {
                // Decoded when their metadata is stripped (ImageFiles), once.
            }
        }
        return type;
    }

    private static FileType typeBySignature(byte[] head) {
        if (startsWith(head, PDF)) {
            return FileType.PDF;
        }
        if (startsWith(head, JPEG)) {
            return FileType.JPEG;
        }
        if (startsWith(head, PNG)) {
            return FileType.PNG;
        }
        if (startsWith(head, ZIP)) {
            return FileType.XLSX;
        }
        for (var signature : EXECUTABLES) {
            if (startsWith(head, signature)) {
                throw new AttachmentRejectedException(Reason.EXECUTABLE);
            }
        }
        throw new AttachmentRejectedException(Reason.UNKNOWN_TYPE);
    }

    private static void requireReadablePdf(Path file, long size) throws IOException {
        // PDFBox repairs what it can; a file cut short would often still "open" with pages missing.
        if (!endsWithin(file, size, PDF_END, PDF_END_WINDOW)) {
            throw new AttachmentRejectedException(Reason.DAMAGED_PDF);
        }
        try (var document = Loader.loadPDF(new RandomAccessReadBufferedFile(file),
                IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted()) {
                throw new AttachmentRejectedException(Reason.ENCRYPTED_PDF);
            }
            if (document.getNumberOfPages() == 0) {
                throw new AttachmentRejectedException(Reason.DAMAGED_PDF);
            }
            PdfFiles.requireDrawnPages(document);
            for (var page : document.getPages()) {
                page.getMediaBox();
                try (var content = page.getContents()) {
                    content.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (AttachmentRejectedException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new AttachmentRejectedException(Reason.ENCRYPTED_PDF);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports broken files with many kinds of exceptions; all mean "cannot be read".
            throw new AttachmentRejectedException(Reason.DAMAGED_PDF);
        }
    }

    /**
     * A workbook has {@code [Content_Types].xml} declaring a workbook and {@code xl/workbook.xml},
     * and unpacks within {@link Workbooks}' limits. Only the central directory and that small part
     * are read: nothing else is decompressed, so an archive that would inflate to gigabytes costs nothing.
     */
    private static void requireWorkbook(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            Workbooks.requireWithinLimits(zip);
            var contentTypes = zip.getEntry("[Content_Types].xml");
            if (contentTypes == null || zip.getEntry("xl/workbook.xml") == null) {
                throw new AttachmentRejectedException(Reason.DAMAGED_SPREADSHEET);
            }
            if (zip.getEntry("xl/vbaProject.bin") != null) {
                throw new AttachmentRejectedException(Reason.SPREADSHEET_WITH_MACROS);
            }
            String declared;
            try (InputStream in = zip.getInputStream(contentTypes)) {
                declared = new String(in.readNBytes(CONTENT_TYPES_MAX_BYTES), StandardCharsets.UTF_8);
            }
            if (declared.contains("macroEnabled")) {
                throw new AttachmentRejectedException(Reason.SPREADSHEET_WITH_MACROS);
            }
            if (!declared.contains(WORKBOOK_CONTENT_TYPE)) {
                throw new AttachmentRejectedException(Reason.DAMAGED_SPREADSHEET);
            }
        } catch (ZipException e) {
            throw new AttachmentRejectedException(Reason.DAMAGED_SPREADSHEET);
        }
    }

    static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }

    private static boolean endsWithin(Path file, long size, byte[] marker, int window) throws IOException {
        int length = (int) Math.min(size, window);
        var tail = ByteBuffer.allocate(length);
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(size - length);
            int read;
            do {
                read = channel.read(tail);
            } while (read >= 0 && tail.hasRemaining());
        }
        var bytes = tail.array();
        for (int i = bytes.length - marker.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }
}
