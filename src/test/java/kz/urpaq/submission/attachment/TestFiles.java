package kz.urpaq.submission.attachment;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Files for tests, made on the spot: no binary fixtures in the repository. */
public final class TestFiles {

    /** Fonts with every Kazakh letter that Debian machines usually have; a Latin text is used without one. */
    private static final List<Path> KAZAKH_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"));

    private TestFiles() {
    }

    /** A real one-page PDF with a line of Kazakh text (when a font for it is at hand). */
    public static byte[] pdf() {
        return pdf(false);
    }

    /** A PDF that opens only with a password. */
    static byte[] encryptedPdf() {
        return pdf(true);
    }

    private static byte[] pdf(boolean encrypted) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            var kazakhFont = KAZAKH_FONTS.stream().filter(Files::isReadable).findFirst();
            PDFont font = kazakhFont.isPresent()
                    ? PDType0Font.load(document, kazakhFont.get().toFile())
                    : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var text = kazakhFont.isPresent()
                    ? "Жоба сипаттамасы: ауылдағы жастарға арналған ғылыми үйірме"
                    : "Project description: a science club for young people in the village";
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 14);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            if (encrypted) {
                var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x00a0e0);
        try (var out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 64 × 48 photo-like picture: colours change smoothly across it. */
    static byte[] gradient(String format) {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x80);
            }
        }
        try (var out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest workbook Excel opens: content types, relationships, workbook and one sheet. */
    static byte[] xlsx() {
        return zip(
                "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                        </Types>""",
                "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                        </Relationships>""",
                "xl/workbook.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                        <sheets><sheet name="Смета" sheetId="1" r:id="rId1"/></sheets>
                        </workbook>""",
                "xl/_rels/workbook.xml.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                        </Relationships>""",
                "xl/worksheets/sheet1.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                        <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ноутбук</t></is></c><c r="B1"><v>350000</v></c></row></sheetData>
                        </worksheet>""");
    }

    /** A macro-enabled workbook renamed to .xlsx. */
    static byte[] xlsm() {
        return zip(
                "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>
                        </Types>""",
                "xl/workbook.xml", "<workbook/>",
                "xl/vbaProject.bin", "macro");
    }

    /** A zip archive that is not a workbook. */
    static byte[] plainZip() {
        return zip("readme.txt", "hello", "data/notes.xml", "<notes/>");
    }

    private static byte[] zip(String... namesAndTexts) {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a Windows program: "MZ", then a DOS stub. */
    static byte[] windowsExecutable() {
        var bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        var stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 0x4e, stub.length);
        return bytes;
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A stream of {@code size} reproducible pseudo-random bytes, generated as it is read: large
     * sizes cost no memory.
     */
    static InputStream pseudoRandom(long size, long seed) {
        return new InputStream() {
            private long remaining = size;
            private long state = seed * 0x9E3779B97F4A7C15L + 1;

            @Override
            public int read() {
                if (remaining == 0) {
                    return -1;
                }
                remaining--;
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                return (int) (state & 0xff);
            }

            @Override
            public int read(byte[] target, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (remaining == 0) {
                    return -1;
                }
                int count = (int) Math.min(length, remaining);
                for (int i = 0; i < count; i++) {
                    target[offset + i] = (byte) read();
                }
                return count;
            }
        };
    }
}
