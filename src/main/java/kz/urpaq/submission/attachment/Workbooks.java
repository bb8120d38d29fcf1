package kz.urpaq.submission.attachment;

import kz.urpaq.submission.attachment.AttachmentRejectedException.Reason;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Excel workbooks: the limits on what one may unpack to, and the juror's copy rebuilt from the
 * values of its visible sheets. Nothing of the package but cell values, number formats, column
 * widths and merged cells reaches the copy: not the document properties, the file path Excel
 * records ({@code x15ac:absPath}), comments and their authors, persons of threaded comments,
 * hidden sheets, external links, hyperlinks, pictures, defined names or anything else a future
 * Excel adds.
 */
final class Workbooks {

    /**
     * 64 MiB unpacked: a cost estimate of 10,000 rows × 20 columns is about 20 MiB of sheet XML. A
     * zip bomb of a few megabytes that unpacks to gigabytes is refused before anything is inflated.
     */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    /** 1,000 parts, as Apache POI allows: a workbook with many sheets and pictures has a few hundred. */
    static final int MAX_ENTRIES = 1000;
    /**
     * 100 to 1, as Apache POI allows: sheet XML deflates 5–30 to 1. Parts under {@link #RATIO_GRACE_BYTES}
     * are not judged by ratio: small repetitive parts compress very well and cost nothing.
     */
    static final int MAX_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 1024 * 1024;
    /** Shared strings are held in memory while sheets are rebuilt: 200,000 is far beyond any estimate. */
    static final int MAX_SHARED_STRINGS = 200_000;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String MAIN_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final String RELATIONSHIPS_NS_SUFFIX = "/officeDocument/2006/relationships";
    private static final String RELATIONSHIPS_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    /** Rows SXSSF keeps in memory before writing them to its temporary file. */
    private static final int ROW_WINDOW = 200;

    private Workbooks() {
    }

    /**
     * Refuses a workbook whose central directory declares more parts, more unpacked bytes or a
     * higher compression ratio than {@link #MAX_ENTRIES}, {@link #MAX_UNPACKED_BYTES},
     * {@link #MAX_RATIO}. Nothing is inflated; {@link #blindCopy} counts the real bytes again, since
     * a directory can lie.
     */
    static void requireWithinLimits(ZipFile zip) {
        if (zip.size() > MAX_ENTRIES) {
            throw new AttachmentRejectedException(Reason.SPREADSHEET_TOO_LARGE);
        }
        long total = 0;
        for (var entries = zip.entries(); entries.hasMoreElements(); ) {
            var entry = entries.nextElement();
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0 || compressed < 0) {
                throw new AttachmentRejectedException(Reason.DAMAGED_SPREADSHEET);
            }
            total += size;
            if (total > MAX_UNPACKED_BYTES || tooCompressed(size, compressed)) {
                throw new AttachmentRejectedException(Reason.SPREADSHEET_TOO_LARGE);
            }
        }
    }

    private static boolean tooCompressed(long size, long compressed) {
        return size > RATIO_GRACE_BYTES && size > compressed * MAX_RATIO;
    }

    /**
     * Writes to {@code target} a new workbook holding the cell values of the visible sheets of
     * {@code source}. Formulas become the values Excel last computed for them.
     *
     * @throws AttachmentRejectedException when the workbook is damaged or unpacks beyond the limits
     */
    static void blindCopy(Path source, Path target) throws IOException {
        try (var zip = new ZipFile(source.toFile())) {
            requireWithinLimits(zip);
            var budget = new Budget();
            var workbookRels = workbookRelationships(zip, budget);
            var sheets = sheets(zip, budget, workbookRels);
            var strings = sharedStrings(zip, budget, workbookRels);
            var formats = numberFormats(zip, budget, workbookRels);
            var copy = new SXSSFWorkbook(ROW_WINDOW);
            try {
                var styles = new HashMap<String, CellStyle>();
                for (var sheet : sheets) {
                    var entry = zip.getEntry(sheet.part());
                    if (entry == null) {
                        throw new AttachmentRejectedException(Reason.DAMAGED_SPREADSHEET);
                    }
                    var copiedSheet = copy.createSheet(sheet.name());
                    try (var in = budget.open(zip, entry)) {
                        copySheet(reader(in), copiedSheet, strings, formats, styles);
                    }
                }
                if (sheets.isEmpty()) {
                    copy.createSheet();
                }
                try (var out = new BufferedOutputStream(Files.newOutputStream(target))) {
                    copy.write(out);
                }
            } finally {
                copy.close();
            }
        } catch (ZipException | XMLStreamException | IllegalArgumentException | IllegalStateException
                 | IndexOutOfBoundsException e) {
            // IndexOutOfBounds: a cell naming a shared string or a style its workbook does not have.
            throw new AttachmentRejectedException(Reason.DAMAGED_SPREADSHEET);
        }
    }

    private record Sheet(String name, String part) {
    }

    /** The visible sheets, in order, with the parts that hold them. */
    private static List<Sheet> sheets(ZipFile zip, Budget budget, Map<String, String> rels)
            throws IOException, XMLStreamException {
        var entry = zip.getEntry("xl/workbook.xml");
        if (entry == null) {
            throw new AttachmentRejectedException(Reason.DAMAGED_SPREADSHEET);
        }
        var sheets = new ArrayList<Sheet>();
        try (var in = budget.open(zip, entry)) {
            var xml = reader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && isMain(xml) && xml.getLocalName().equals("sheet")) {
                    var state = xml.getAttributeValue(null, "state");
                    var id = relationshipId(xml);
                    var name = xml.getAttributeValue(null, "name");
                    var part = id == null ? null : rels.get(id);
                    if ((state == null || state.equals("visible")) && name != null && part != null) {
                        sheets.add(new Sheet(name, part));
                    }
                }
            }
        }
        return sheets;
    }

    private static @Nullable String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            var namespace = xml.getAttributeNamespace(i);
            if (namespace != null && (namespace.endsWith(RELATIONSHIPS_NS_SUFFIX) || namespace.equals(RELATIONSHIPS_STRICT))
                    && xml.getAttributeLocalName(i).equals("id")) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Relationship ids to the zip paths they point at, for relationships of the workbook part. */
    private static Map<String, String> workbookRelationships(ZipFile zip, Budget budget)
            throws IOException, XMLStreamException {
        var targets = new HashMap<String, String>();
        var entry = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (entry == null) {
            return targets;
        }
        try (var in = budget.open(zip, entry)) {
            var xml = reader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                        && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    var id = xml.getAttributeValue(null, "Id");
                    var target = xml.getAttributeValue(null, "Target");
                    var type = xml.getAttributeValue(null, "Type");
                    if (id != null && target != null) {
                        var resolved = resolve(target);
                        targets.put(id, resolved);
                        if (type != null) {
                            targets.putIfAbsent("type:" + type.substring(type.lastIndexOf('/') + 1), resolved);
                        }
                    }
                }
            }
        }
        return targets;
    }

    private static String resolve(String target) {
        var path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        var parts = new ArrayList<String>();
        for (var part : path.split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static List<String> sharedStrings(ZipFile zip, Budget budget, Map<String, String> rels)
            throws IOException, XMLStreamException {
        var strings = new ArrayList<String>();
        var entry = zip.getEntry(rels.getOrDefault("type:sharedStrings", "xl/sharedStrings.xml"));
        if (entry == null) {
            return strings;
        }
        try (var in = budget.open(zip, entry)) {
            var xml = reader(in);
            var text = new StringBuilder();
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            var value = xml.getElementText();
                            if (phonetic == 0) {
                                text.append(value);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("rPh")) {
                        phonetic--;
                    } else if (xml.getLocalName().equals("si")) {
                        if (strings.size() >= MAX_SHARED_STRINGS) {
                            throw new AttachmentRejectedException(Reason.SPREADSHEET_TOO_LARGE);
                        }
                        strings.add(text.toString());
                    }
                }
            }
        }
        return strings;
    }

    /** The number format of each cell style, by the style's index; null where it is "General". */
    private static List<@Nullable String> numberFormats(ZipFile zip, Budget budget, Map<String, String> rels)
            throws IOException, XMLStreamException {
        var formats = new ArrayList<@Nullable String>();
        var entry = zip.getEntry(rels.getOrDefault("type:styles", "xl/styles.xml"));
        if (entry == null) {
            return formats;
        }
        var custom = new HashMap<Integer, String>();
        try (var in = budget.open(zip, entry)) {
            var xml = reader(in);
            boolean inCellXfs = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "numFmt" -> custom.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")),
                                xml.getAttributeValue(null, "formatCode"));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                var id = xml.getAttributeValue(null, "numFmtId");
                                int formatId = id == null ? 0 : Integer.parseInt(id);
                                formats.add(formatId == 0 ? null
                                        : custom.getOrDefault(formatId, BuiltinFormats.getBuiltinFormat(formatId)));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        }
        return formats;
    }

    /** Copies cell values, column widths and merged cells of one sheet; nothing else of it. */
    private static void copySheet(XMLStreamReader xml, SXSSFSheet sheet, List<String> strings,
                                  List<@Nullable String> formats, Map<String, CellStyle> styles)
            throws XMLStreamException {
        var workbook = sheet.getWorkbook();
        int rowIndex = -1;
        int columnIndex = -1;
        Row row = null;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT || !isMain(xml)) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "col" -> {
                    var width = xml.getAttributeValue(null, "width");
                    if (width != null && "1".equals(xml.getAttributeValue(null, "customWidth"))) {
                        int min = Integer.parseInt(xml.getAttributeValue(null, "min")) - 1;
                        int max = Math.min(Integer.parseInt(xml.getAttributeValue(null, "max")), min + 256);
                        int units = (int) Math.min(255 * 256, Double.parseDouble(width) * 256);
                        for (int c = min; c < max; c++) {
                            sheet.setColumnWidth(c, units);
                        }
                    }
                }
                case "row" -> {
                    var r = xml.getAttributeValue(null, "r");
                    rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                    row = sheet.createRow(rowIndex);
                    columnIndex = -1;
                }
                case "c" -> {
                    if (row == null) {
                        throw new IllegalStateException("a cell outside a row");
                    }
                    var reference = xml.getAttributeValue(null, "r");
                    columnIndex = reference == null ? columnIndex + 1 : new CellReference(reference).getCol();
                    var type = xml.getAttributeValue(null, "t");
                    var style = xml.getAttributeValue(null, "s");
                    var value = cellValue(xml);
                    if (value != null) {
                        var cell = row.createCell(columnIndex);
                        switch (type == null ? "n" : type) {
                            case "s" -> cell.setCellValue(strings.get(Integer.parseInt(value)));
                            case "b" -> cell.setCellValue("1".equals(value));
                            case "str", "inlineStr", "e" -> cell.setCellValue(value);
                            default -> {
                                cell.setCellValue(Double.parseDouble(value));
                                int s = style == null ? 0 : Integer.parseInt(style);
                                var format = s < formats.size() ? formats.get(s) : null;
                                if (format != null) {
                                    cell.setCellStyle(styles.computeIfAbsent(format, f -> {
                                        var created = workbook.createCellStyle();
                                        created.setDataFormat(workbook.createDataFormat().getFormat(f));
                                        return created;
                                    }));
                                }
                            }
                        }
                    }
                }
                case "mergeCell" -> {
                    var ref = xml.getAttributeValue(null, "ref");
                    if (ref != null && ref.contains(":")) {
                        sheet.addMergedRegionUnsafe(CellRangeAddress.valueOf(ref));
                    }
                }
                default -> {
                }
            }
        }
    }

    /** The text of a cell's {@code <v>} or inline string, read up to the end of the cell. */
    private static @Nullable String cellValue(XMLStreamReader xml) throws XMLStreamException {
        String value = null;
        var inline = new StringBuilder();
        boolean hasInline = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (xml.getLocalName().equals("v")) {
                    value = xml.getElementText();
                    depth--;
                } else if (xml.getLocalName().equals("t")) {
                    inline.append(xml.getElementText());
                    hasInline = true;
                    depth--;
                } else if (xml.getLocalName().equals("rPh")) {
                    skipElement(xml);
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return hasInline ? inline.toString() : value;
    }

    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean isMain(XMLStreamReader xml) {
        var namespace = xml.getNamespaceURI();
        return MAIN.equals(namespace) || MAIN_STRICT.equals(namespace);
    }

    /** A parser that reads no DTD and resolves no entity: no XXE, no billion laughs. */
    private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return XML.createXMLStreamReader(in);
    }

    private static final XMLInputFactory XML = safeFactory();

    private static XMLInputFactory safeFactory() {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /**
     * Counts the bytes really inflated, whatever the central directory declared: one part may not
     * exceed its declared size or the ratio, all together not {@link #MAX_UNPACKED_BYTES}.
     */
    private static final class Budget {

        private long used;

        InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
            long declared = entry.getSize();
            long compressed = Math.max(1, entry.getCompressedSize());
            return new FilterInputStream(zip.getInputStream(entry)) {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) {
                    read += n;
                    used += n;
                    if (read > declared || used > MAX_UNPACKED_BYTES || tooCompressed(read, compressed)) {
                        throw new AttachmentRejectedException(Reason.SPREADSHEET_TOO_LARGE);
                    }
                }
            };
        }
    }
}
