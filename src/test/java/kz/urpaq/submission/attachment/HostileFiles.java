package kz.urpaq.submission.attachment;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Files that carry a person's name where careless tools put it, and files built to hurt: made on the
 * spot, as {@link TestFiles} are.
 */
final class HostileFiles {

    static final String NAME = "Aigerim Nurlanovna";
    static final String PAGE_TEXT = "Budget of the science club";

    private HostileFiles() {
    }

    /**
     * A PDF naming {@link #NAME} in its document information, catalog and page XMP, a picture's EXIF,
     * /PieceInfo, a comment's author, an outline, an embedded file and a file annotation, a web
     * link, and JavaScript run on opening and on the page.
     */
    static byte[] pdf() {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            document.getDocumentInformation().setAuthor(NAME);
            document.getDocumentCatalog().setMetadata(new PDMetadata(document, new ByteArrayInputStream(xmp())));
            page.setMetadata(new PDMetadata(document, new ByteArrayInputStream(xmp())));
            var pieceInfo = new COSDictionary();
            pieceInfo.setString(COSName.getPDFName("Owner"), NAME);
            page.getCOSObject().setItem(COSName.PIECE_INFO, pieceInfo);
            var picture = JPEGFactory.createFromByteArray(document, jpeg(6));
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(50, 700);
                content.showText(PAGE_TEXT);
                content.endText();
                content.drawImage(picture, 50, 500, 80, 60);
            }
            var comment = new PDAnnotationText();
            comment.setTitlePopup(NAME);
            comment.setContents("Check the numbers");
            comment.setRectangle(new PDRectangle(300, 700, 20, 20));
            var link = new PDAnnotationLink();
            var uri = new PDActionURI();
            uri.setURI("https://example.kz/aigerim-nurlanovna");
            link.setAction(uri);
            link.setRectangle(new PDRectangle(50, 690, 200, 20));
            var attachment = new PDAnnotationFileAttachment();
            attachment.setFile(embeddedFile(document));
            attachment.setRectangle(new PDRectangle(400, 700, 20, 20));
            page.setAnnotations(List.of(comment, link, attachment));
            var pageActions = new PDPageAdditionalActions();
            pageActions.setO(new PDActionJavaScript("app.alert('" + NAME + "')"));
            page.setActions(pageActions);
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('" + NAME + "')"));
            var files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("cv.txt", embeddedFile(document)));
            var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
            var outline = new PDDocumentOutline();
            var item = new PDOutlineItem();
            item.setTitle("CV of " + NAME);
            item.setDestination(page);
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDComplexFileSpecification embeddedFile(PDDocument document) throws IOException {
        var file = new PDEmbeddedFile(document, new ByteArrayInputStream(("Curriculum vitae: " + NAME)
                .getBytes(StandardCharsets.UTF_8)));
        var specification = new PDComplexFileSpecification();
        specification.setFile("cv-" + NAME + ".txt");
        specification.setEmbeddedFile(file);
        return specification;
    }

    private static byte[] xmp() {
        return ("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description "
                + "xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>" + NAME
                + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Everything a PDF holds as text: its raw bytes, every string and every decoded stream. */
    static String everythingIn(byte[] pdf) throws IOException {
        var all = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1));
        try (var document = Loader.loadPDF(pdf)) {
            var seen = Collections.newSetFromMap(new IdentityHashMap<COSBase, Boolean>());
            var pending = new ArrayDeque<COSBase>();
            pending.add(document.getDocument().getTrailer());
            for (var key : document.getDocument().getXrefTable().keySet()) {
                pending.add(document.getDocument().getObjectFromPool(key));
            }
            while (!pending.isEmpty()) {
                var next = pending.poll();
                var object = next instanceof COSObject indirect ? indirect.getObject() : next;
                if (object == null || !seen.add(object)) {
                    continue;
                }
                if (object instanceof COSString string) {
                    all.append(string.getString()).append('\n');
                } else if (object instanceof COSStream stream) {
                    try (var in = stream.createInputStream()) {
                        all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).append('\n');
                    } catch (IOException e) {
                        try (var raw = stream.createRawInputStream()) {
                            all.append(new String(raw.readAllBytes(), StandardCharsets.ISO_8859_1)).append('\n');
                        }
                    }
                }
                if (object instanceof COSDictionary dictionary) {
                    dictionary.keySet().forEach(key -> all.append(key.getName()).append('\n'));
                    pending.addAll(dictionary.getValues());
                } else if (object instanceof COSArray array) {
                    array.forEach(pending::add);
                }
            }
        }
        return all.toString();
    }

    /**
     * A cost estimate naming {@link #NAME} in its properties, the path Excel records, a comment and
     * its author, a threaded comment's person, an external link, a hyperlink and a hidden sheet.
     */
    static byte[] xlsx() {
        byte[] built;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var properties = workbook.getProperties();
            properties.getCoreProperties().setCreator(NAME);
            properties.getCoreProperties().getUnderlyingProperties().setLastModifiedByProperty(NAME);
            properties.getExtendedProperties().getUnderlyingProperties().setCompany(NAME + " school");
            properties.getCustomProperties().addProperty("Owner", NAME);
            var sheet = workbook.createSheet("Смета");
            var row = sheet.createRow(0);
            row.createCell(0).setCellValue("Ноутбук");
            row.createCell(1).setCellValue(350000);
            var total = sheet.createRow(1);
            total.createCell(0).setCellValue("Барлығы");
            total.createCell(1).setCellFormula("B1*2");
            var linked = sheet.createRow(2).createCell(0);
            linked.setCellValue("Project site");
            var hyperlink = workbook.getCreationHelper().createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.URL);
            hyperlink.setAddress("https://example.kz/aigerim-nurlanovna");
            linked.setHyperlink(hyperlink);
            var drawing = sheet.createDrawingPatriarch();
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            var comment = drawing.createCellComment(anchor);
            comment.setAuthor(NAME);
            comment.setString(workbook.getCreationHelper().createRichTextString(NAME + ": check the price"));
            row.getCell(1).setCellComment(comment);
            var hidden = workbook.createSheet(NAME);
            hidden.createRow(0).createCell(0).setCellValue("notes of " + NAME);
            workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            built = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rezipped(built, Map.of(
                "xl/persons/person.xml", "<personList><person displayName=\"" + NAME + "\" id=\"{1}\"/></personList>",
                "xl/threadedComments/threadedComment1.xml", "<ThreadedComments><threadedComment ref=\"B1\">"
                        + "<text>" + NAME + " wrote</text></threadedComment></ThreadedComments>",
                "xl/externalLinks/externalLink1.xml", "<externalLink><externalBook r:id=\"C:\\Users\\" + NAME
                        + "\\budget.xlsx\"/></externalLink>"));
    }

    /** Adds parts to a workbook and Excel's record of where it was saved to {@code xl/workbook.xml}. */
    private static byte[] rezipped(byte[] workbook, Map<String, String> extraParts) {
        try (var in = new ZipInputStream(new ByteArrayInputStream(workbook)); var bytes = new ByteArrayOutputStream()) {
            try (var out = new ZipOutputStream(bytes)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    var content = in.readAllBytes();
                    if (entry.getName().equals("xl/workbook.xml")) {
                        var xml = new String(content, StandardCharsets.UTF_8);
                        xml = xml.replaceFirst("(<workbook[^>]*>)", "$1<mc:AlternateContent xmlns:mc=\"http://schemas"
                                + ".openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"x15\">"
                                + "<x15ac:absPath xmlns:x15ac=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac\""
                                + " url=\"C:\\\\Users\\\\" + NAME + "\\\\Documents\\\\\"/></mc:Choice></mc:AlternateContent>");
                        content = xml.getBytes(StandardCharsets.UTF_8);
                    }
                    out.write(content);
                    out.closeEntry();
                }
                for (var part : extraParts.entrySet()) {
                    out.putNextEntry(new ZipEntry(part.getKey()));
                    out.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name and decompressed content of every entry of a zip, by its central directory. */
    static String unzipped(byte[] zip) throws IOException {
        var file = java.nio.file.Files.createTempFile("unzipped-", ".zip");
        try {
            java.nio.file.Files.write(file, zip);
            var all = new ByteArrayOutputStream();
            try (var archive = new java.util.zip.ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(archive.entries())) {
                    all.write(entry.getName().getBytes(StandardCharsets.UTF_8));
                    try (var in = archive.getInputStream(entry)) {
                        in.transferTo(all);
                    }
                }
            }
            return all.toString(StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /**
     * A workbook whose sheet repeats one row until it unpacks to {@code unpackedBytes}, deflated at
     * the highest ratio. The sheet is written as it is compressed: the test holds no copy of it.
     */
    static void zipBomb(OutputStream target, long unpackedBytes) throws IOException {
        var workbook = new ZipInputStream(new ByteArrayInputStream(TestFiles.xlsx()));
        try (var out = new ZipOutputStream(target)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            ZipEntry entry;
            while ((entry = workbook.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes(StandardCharsets.UTF_8));
                    var row = "<row><c><v>0</v></c></row>".repeat(4096).getBytes(StandardCharsets.UTF_8);
                    for (long written = 0; written < unpackedBytes; written += row.length) {
                        out.write(row);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    workbook.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    /** A workbook of more parts than any estimate has. */
    static byte[] workbookOfManyParts(int parts) {
        var bytes = new ByteArrayOutputStream();
        try (var workbook = new ZipInputStream(new ByteArrayInputStream(TestFiles.xlsx()));
             var out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = workbook.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                workbook.transferTo(out);
                out.closeEntry();
            }
            for (int i = 0; i < parts; i++) {
                out.putNextEntry(new ZipEntry("xl/media/part" + i + ".xml"));
                out.write('x');
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A JPEG photo (a gradient) whose EXIF names {@link #NAME} as artist, holds a GPS position and
     * an orientation, followed by XMP, a Photoshop segment and a comment that name her too.
     */
    static byte[] jpeg(int orientation) {
        var plain = TestFiles.gradient("jpeg");
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exif(orientation)));
        segment(out, 0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1), xmp()));
        segment(out, 0xED, ("Photoshop 3.0\0" + NAME).getBytes(StandardCharsets.ISO_8859_1));
        segment(out, 0xFE, ("Photo by " + NAME).getBytes(StandardCharsets.ISO_8859_1));
        out.write(plain, 2, plain.length - 2);
        out.writeBytes(("trailing data: " + NAME).getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A little-endian TIFF block: IFD0 with orientation, artist and a GPS IFD with a latitude. */
    private static byte[] exif(int orientation) {
        var artist = (NAME + "\0").getBytes(StandardCharsets.US_ASCII);
        var buffer = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        int ifd0 = 8;
        int gps = ifd0 + 2 + 3 * 12 + 4;
        int artistAt = gps + 2 + 2 * 12 + 4;
        int latitudeAt = artistAt + artist.length;
        buffer.put(new byte[]{'I', 'I', 42, 0}).putInt(ifd0);
        buffer.putShort((short) 3);
        buffer.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        buffer.putShort((short) 0x013B).putShort((short) 2).putInt(artist.length).putInt(artistAt);
        buffer.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gps);
        buffer.putInt(0);
        buffer.putShort((short) 2);
        buffer.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[]{'N', 0, 0, 0});
        buffer.putShort((short) 2).putShort((short) 5).putInt(3).putInt(latitudeAt);
        buffer.putInt(0);
        buffer.put(artist);
        buffer.putInt(43).putInt(1).putInt(14).putInt(1).putInt(5).putInt(1);
        var bytes = new byte[buffer.position()];
        buffer.flip().get(bytes);
        return bytes;
    }

    /** A PNG (a gradient) with tEXt, zTXt, iTXt and eXIf chunks naming {@link #NAME}, and data after IEND. */
    static byte[] png() {
        var plain = TestFiles.gradient("png");
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 8 + 25);
        chunk(out, "tEXt", ("Author\0" + NAME).getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "iTXt", concat("XML:com.adobe.xmp\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1), xmp()));
        chunk(out, "zTXt", ("Software\0\0" + NAME).getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "eXIf", exif(1));
        out.write(plain, 8 + 25, plain.length - 8 - 25);
        out.writeBytes(("trailing data: " + NAME).getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A PNG of a signature and the start of a header, nothing else: 24 bytes. */
    static byte[] emptyPng() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1});
        return out.toByteArray();
    }

    /** A PNG whose header claims {@code width × height} pixels, with one row of image data. */
    static byte[] hugePng(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[]{8, 0, 0, 0, 0});
        chunk(out, "IHDR", header.array());
        var deflater = new Deflater();
        deflater.setInput(new byte[width + 1]);
        deflater.finish();
        var data = new byte[width + 64];
        int length = deflater.deflate(data);
        chunk(out, "IDAT", java.util.Arrays.copyOf(data, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        try {
            var typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
            var crc = new CRC32();
            crc.update(typeBytes);
            crc.update(data);
            var chunk = new DataOutputStream(out);
            chunk.writeInt(data.length);
            chunk.write(typeBytes);
            chunk.write(data);
            chunk.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
