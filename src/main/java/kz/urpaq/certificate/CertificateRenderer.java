package kz.urpaq.certificate;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;

/**
 * Renders one certificate as a one-page A4 landscape PDF: Kazakh above Russian, DejaVu Sans
 * embedded as a subset, a border, a drawn sun emblem and a QR code to the verification page. Long
 * names and titles wrap, then shrink, then the whole text block scales down, so nothing leaves the
 * page.
 *
 * <p>The fonts are parsed once per renderer; each document gets its own {@link PDType0Font}. PDFBox
 * objects are not thread-safe and the parsed fonts are shared, so {@link #render} is synchronized.
 */
public final class CertificateRenderer {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    /** The inner border: text stays inside it. */
    static final float INNER_MARGIN = 26;

    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();
    private static final float TEXT_WIDTH = W - 2 * 96;
    private static final float TEXT_TOP = H - 116;
    private static final float TEXT_BOTTOM = 170;
    private static final float LEADING = 1.22f;

    private static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
    private static final Color GOLD = new Color(0xB8, 0x8A, 0x1E);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color GREY = new Color(0x5A, 0x5A, 0x5A);
    private static final Color PAPER = new Color(0xFF, 0xFC, 0xF3);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String[] ROMAN = {"", "I", "II", "III"};

    private final TrueTypeFont regularTtf;
    private final TrueTypeFont boldTtf;
    private final CmapLookup regularCmap;
    private final CmapLookup boldCmap;
    /** Advance widths per BMP character, filled as met; NaN for not yet measured. */
    private final float[] regularWidths = unmeasured();
    private final float[] boldWidths = unmeasured();

    public CertificateRenderer() {
        try {
            regularTtf = parse("/fonts/DejaVuSans.ttf");
            boldTtf = parse("/fonts/DejaVuSans-Bold.ttf");
            regularCmap = regularTtf.getUnicodeCmapLookup();
            boldCmap = boldTtf.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the certificate fonts", e);
        }
    }

    /** A font of the classpath ({@code /fonts/DejaVuSans.ttf}), parsed; the grant agreements use the same. */
    public static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = CertificateRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font resource " + resource);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    /** The PDF bytes of the certificate. */
    public synchronized byte[] render(CertificateContent content) {
        try (PDDocument document = new PDDocument()) {
            Face regular = new Face(PDType0Font.load(document, regularTtf, true), regularWidths);
            Face bold = new Face(PDType0Font.load(document, boldTtf, true), boldWidths);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            metadata(document, content);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                frame(out);
                emblem(out, W / 2, H - 70);
                body(out, content, regular, bold);
                footer(out, content, regular, bold);
                qrCode(out, content.verificationUrl(), W - 160, 62, 80);
                qrCaption(out, content, regular, W - 120);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render certificate " + content.serial(), e);
        }
    }

    // ---- texts -------------------------------------------------------------------------------

    static String titleKk(CertificateContent c) {
        return c.kind() == CertificateKind.PLACE_DIPLOMA
                ? ROMAN[place(c)] + " ДӘРЕЖЕЛІ ДИПЛОМ" : c.kind().titleKk();
    }

    static String titleRu(CertificateContent c) {
        return c.kind() == CertificateKind.PLACE_DIPLOMA
                ? "ДИПЛОМ " + ROMAN[place(c)] + " СТЕПЕНИ" : c.kind().titleRu();
    }

    static String awardKk(CertificateContent c) {
        return switch (c.kind()) {
            case PLACE_DIPLOMA -> "конкурста " + ROMAN[place(c)] + " орын алғаны үшін марапатталады";
            case GRANT_CERTIFICATE -> AmountInWords.digits(amount(c)) + " ₸ (" + AmountInWords.kazakh(amount(c))
                    + " теңге) мөлшерінде грант берілді";
            case PARTICIPATION_CERTIFICATE -> "конкурсқа белсенді қатысқаны үшін";
            case JUROR_LETTER -> "конкурс қазылар алқасының мүшесі ретіндегі адал әрі кәсіби еңбегі үшін"
                    + " алғыс білдіреміз";
        };
    }

    static String awardRu(CertificateContent c) {
        return switch (c.kind()) {
            case PLACE_DIPLOMA -> "награждается за " + ROMAN[place(c)] + " место в конкурсе";
            case GRANT_CERTIFICATE -> "присуждён грант в размере " + AmountInWords.digits(amount(c)) + " ₸ ("
                    + AmountInWords.russian(amount(c)) + " тенге)";
            case PARTICIPATION_CERTIFICATE -> "за активное участие в конкурсе";
            case JUROR_LETTER -> "выражаем благодарность за добросовестную и профессиональную работу"
                    + " в составе жюри конкурса";
        };
    }

    private static int place(CertificateContent c) {
        return c.place() == null ? 0 : c.place();
    }

    private static long amount(CertificateContent c) {
        return c.amountTenge() == null ? 0 : c.amountTenge();
    }

    // ---- layout ------------------------------------------------------------------------------

    private record Block(String text, boolean bold, float size, Color color, int maxLines, float gapBefore,
                         float width, float fewerLinesDownTo) {

        Block(String text, boolean bold, float size, Color color, int maxLines, float gapBefore, float width) {
            this(text, bold, size, color, maxLines, gapBefore, width, 0.9f);
        }
    }

    private record Line(String text, Face face, float size, Color color, float baseline) {
    }

    /**
     * A document's font with the renderer's cache of its character widths. PDFBox measures a string
     * by encoding it and summing the widths of its glyphs one by one, from zero, left to right; this
     * sums the same cached figures in the same order, so the result is the same to the last bit,
     * without encoding every candidate line of the fitting again. The widths come from the font
     * program, which every document embeds unchanged, so one cache serves all documents.
     */
    private record Face(PDFont font, float[] widths) implements Measure {

        @Override
        public float width(String text, float size) throws IOException {
            float sum = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                sum += advance(cp);
            }
            return sum / 1000 * size;
        }

        private float advance(int cp) throws IOException {
            if (cp >= widths.length) {
                return font.getStringWidth(Character.toString(cp));
            }
            float w = widths[cp];
            if (Float.isNaN(w)) {
                w = font.getStringWidth(Character.toString(cp));
                widths[cp] = w;
            }
            return w;
        }
    }

    /** How wide a text is at a size: a {@link Face} with its cached widths, or a bare font ({@link #wrap(String, PDFont, float, float)}). */
    private interface Measure {
        float width(String text, float size) throws IOException;
    }

    private static float[] unmeasured() {
        float[] widths = new float[Character.MAX_VALUE + 1];
        Arrays.fill(widths, Float.NaN);
        return widths;
    }

    private record Fitted(List<String> lines, float size) {
    }

    private void body(PDPageContentStream out, CertificateContent c, Face regular, Face bold) throws IOException {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(c.competitionTitleKk(), true, 13, NAVY, 2, 0, TEXT_WIDTH));
        blocks.add(new Block(c.competitionTitleRu(), false, 11, NAVY, 2, 2, TEXT_WIDTH));
        blocks.add(new Block(c.regionKk() + " · " + c.regionRu() + " · " + c.year(), false, 9.5f, GREY, 2, 3,
                TEXT_WIDTH));
        blocks.add(new Block(titleKk(c), true, 30, GOLD, 1, 14, TEXT_WIDTH));
        if (!titleRu(c).equals(titleKk(c))) {
            blocks.add(new Block(titleRu(c), true, 15, GOLD, 1, 1, TEXT_WIDTH));
        }
        blocks.add(new Block(c.holderName(), true, 26, NAVY, 3, 14, TEXT_WIDTH + 40, 0.7f));
        blocks.add(new Block(awardKk(c), false, 13, INK, 3, 10, TEXT_WIDTH));
        blocks.add(new Block(awardRu(c), false, 12, GREY, 3, 3, TEXT_WIDTH));
        if (c.directionKk() != null && c.directionRu() != null) {
            blocks.add(new Block("Бағыты: " + c.directionKk(), false, 11, INK, 2, 10, TEXT_WIDTH));
            blocks.add(new Block("Направление: " + c.directionRu(), false, 11, GREY, 2, 1, TEXT_WIDTH));
        }
        if (c.projectTitle() != null && !c.projectTitle().isBlank()) {
            blocks.add(new Block("Жоба / Проект: «" + c.projectTitle() + "»", true, 11, INK, 4, 6, TEXT_WIDTH));
        }

        float available = TEXT_TOP - TEXT_BOTTOM;
        List<Line> lines = List.of();
        float height = Float.MAX_VALUE;
        for (float scale = 1f; scale >= 0.5f && height > available; scale -= 0.04f) {
            lines = new ArrayList<>();
            height = layout(blocks, scale, regular, bold, lines);
        }
        float shift = -Math.max(0, (available - height) * 0.45f);
        for (Line line : lines) {
            centred(out, line.text(), line.face(), line.size(), line.color(), W / 2, line.baseline() + shift);
        }
    }

    /** Lays the blocks out from {@link #TEXT_TOP} down; returns the height used. */
    private float layout(List<Block> blocks, float scale, Face regular, Face bold, List<Line> into)
            throws IOException {
        float y = TEXT_TOP;
        for (Block block : blocks) {
            Face font = block.bold() ? bold : regular;
            y -= block.gapBefore() * scale;
            Fitted fitted = fit(clean(block.text(), block.bold()), font, block.size() * scale, block.width(),
                    block.maxLines(), block.fewerLinesDownTo());
            for (String text : fitted.lines()) {
                float lineHeight = fitted.size() * LEADING;
                into.add(new Line(text, font, fitted.size(), block.color(), y - fitted.size() * 0.93f));
                y -= lineHeight;
            }
        }
        return TEXT_TOP - y;
    }

    /**
     * Wraps at spaces and shrinks: a line fewer is preferred while it costs no more than shrinking to
     * {@code fewerLinesDownTo} of the size; the last allowed line count shrinks down to 65%; beyond
     * that the last line is cut with "…".
     */
    private static Fitted fit(String text, Face font, float size, float width, int maxLines,
                              float fewerLinesDownTo) throws IOException {
        float min = size * 0.65f;
        for (int n = 1; n <= maxLines; n++) {
            float floor = n == maxLines ? min : size * fewerLinesDownTo;
            for (float s = size; s >= floor; s -= 0.25f) {
                List<String> lines = wrap(text, font, s, width);
                if (lines.size() <= n) {
                    return new Fitted(lines, s);
                }
                if (lines.size() > n + 2 && n < maxLines) {
                    break; // hopeless at this line count
                }
            }
        }
        List<String> lines = new ArrayList<>(wrap(text, font, min, width).subList(0, maxLines));
        String tail = text.endsWith("»") ? "…»" : "…"; // a cut title keeps its closing quote
        String last = lines.get(maxLines - 1);
        while (!last.isEmpty() && font.width(last + tail, min) > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1)).stripTrailing();
        }
        lines.set(maxLines - 1, last + tail);
        return new Fitted(lines, min);
    }

    /** The text broken into lines no wider than the width (a word wider than a line is broken between characters). */
    public static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        return wrap(text, (t, s) -> width(t, font, s), size, width);
    }

    private static List<String> wrap(String text, Measure font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a single word wider than the line is broken between characters
            for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
                String next = line.toString() + word.substring(i, word.offsetByCodePoints(i, 1));
                if (!line.isEmpty() && font.width(next, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word, i, word.offsetByCodePoints(i, 1));
                } else {
                    line.setLength(0);
                    line.append(next);
                }
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** One line of plain text the fonts can show: no control characters, no glyph-less characters. */
    String clean(String text, boolean bold) {
        CmapLookup cmap = bold ? boldCmap : regularCmap;
        StringBuilder out = new StringBuilder(text.length());
        text.strip().codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (cp == 0xA0 || cmap.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    // ---- drawing -----------------------------------------------------------------------------

    private static void centred(PDPageContentStream out, String text, Face face, float size, Color color,
                                float centreX, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        float x = centreX - face.width(text, size) / 2;
        out.beginText();
        out.setFont(face.font(), size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    /** Centred lines from a top baseline down; returns the baseline below the last line. */
    private float lines(PDPageContentStream out, String text, boolean bold, Face font, float size, Color color,
                        float centreX, float baseline, float width, int maxLines) throws IOException {
        Fitted fitted = fit(clean(text, bold), font, size, width, maxLines, 0.9f);
        for (String line : fitted.lines()) {
            centred(out, line, font, fitted.size(), color, centreX, baseline);
            baseline -= fitted.size() * LEADING;
        }
        return baseline;
    }

    private static void frame(PDPageContentStream out) throws IOException {
        out.setNonStrokingColor(PAPER);
        out.addRect(0, 0, W, H);
        out.fill();
        out.setStrokingColor(NAVY);
        out.setLineWidth(3);
        out.addRect(16, 16, W - 32, H - 32);
        out.stroke();
        out.setStrokingColor(GOLD);
        out.setLineWidth(1);
        out.addRect(INNER_MARGIN, INNER_MARGIN, W - 2 * INNER_MARGIN, H - 2 * INNER_MARGIN);
        out.stroke();
        out.setLineWidth(0.5f);
        out.addRect(INNER_MARGIN + 4, INNER_MARGIN + 4, W - 2 * INNER_MARGIN - 8, H - 2 * INNER_MARGIN - 8);
        out.stroke();
        out.setNonStrokingColor(GOLD);
        for (float[] corner : new float[][] {{INNER_MARGIN, INNER_MARGIN}, {W - INNER_MARGIN, INNER_MARGIN},
                {INNER_MARGIN, H - INNER_MARGIN}, {W - INNER_MARGIN, H - INNER_MARGIN}}) {
            diamond(out, corner[0], corner[1], 7);
        }
    }

    private static void diamond(PDPageContentStream out, float x, float y, float r) throws IOException {
        out.moveTo(x, y + r);
        out.lineTo(x + r, y);
        out.lineTo(x, y - r);
        out.lineTo(x - r, y);
        out.closePath();
        out.fill();
    }

    /** A steppe sun: a gold disc, a ring of rays and a navy ring. */
    private static void emblem(PDPageContentStream out, float cx, float cy) throws IOException {
        out.setStrokingColor(NAVY);
        out.setLineWidth(1.5f);
        circle(out, cx, cy, 40);
        out.stroke();
        out.setNonStrokingColor(GOLD);
        int rays = 32;
        for (int i = 0; i < rays; i++) {
            double a = 2 * Math.PI * i / rays;
            double half = Math.PI / rays * 0.55;
            out.moveTo((float) (cx + 21 * Math.cos(a - half)), (float) (cy + 21 * Math.sin(a - half)));
            out.lineTo((float) (cx + 35 * Math.cos(a)), (float) (cy + 35 * Math.sin(a)));
            out.lineTo((float) (cx + 21 * Math.cos(a + half)), (float) (cy + 21 * Math.sin(a + half)));
            out.closePath();
        }
        out.fill();
        circle(out, cx, cy, 18);
        out.fill();
        out.setStrokingColor(PAPER);
        out.setLineWidth(1);
        circle(out, cx, cy, 13);
        out.stroke();
    }

    private static void circle(PDPageContentStream out, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        out.closePath();
    }

    private void footer(PDPageContentStream out, CertificateContent c, Face regular, Face bold)
            throws IOException {
        // left: date and serial
        float leftX = 150;
        float y = lines(out, "Берілген күні / Дата выдачи", false, regular, 7.5f, GREY, leftX, 122, 190, 1);
        y = lines(out, DATE.format(c.issueDate()), true, bold, 12, NAVY, leftX, y - 3, 190, 1);
        y = lines(out, "Тіркеу нөмірі / Регистрационный номер", false, regular, 7.5f, GREY, leftX, y - 6, 190, 1);
        lines(out, "№ " + c.serial(), true, bold, 12, NAVY, leftX, y - 3, 190, 1);

        // centre: organisation and signatory
        float centreX = W / 2;
        lines(out, c.organisation(), true, bold, 10, INK, centreX, 122, 300, 2);
        out.setStrokingColor(GREY);
        out.setLineWidth(0.6f);
        out.moveTo(centreX - 95, 78);
        out.lineTo(centreX + 95, 78);
        out.stroke();
        y = lines(out, c.signatory(), false, regular, 10, INK, centreX, 66, 300, 1);
        lines(out, "Қолы / Подпись", false, regular, 7, GREY, centreX, y + 1, 300, 1);
    }

    private void qrCaption(PDPageContentStream out, CertificateContent c, Face regular, float centreX)
            throws IOException {
        float y = lines(out, "Түпнұсқалығын тексеру", false, regular, 7, GREY, centreX, 152, 150, 1);
        lines(out, "Проверка подлинности", false, regular, 7, GREY, centreX, y, 150, 1);
        lines(out, c.verificationUrl(), false, regular, 5.5f, GREY, centreX, 44, 140, 1);
    }

    /** The QR code as vector squares on a white quiet zone of four modules. */
    private static void qrCode(PDPageContentStream out, String url, float x, float y, float size)
            throws IOException {
        ByteMatrix matrix;
        try {
            matrix = QrMask.encode(url);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + url, e);
        }
        float module = size / matrix.getWidth();
        out.setNonStrokingColor(Color.WHITE);
        out.addRect(x - 4 * module, y - 4 * module, size + 8 * module, size + 8 * module);
        out.fill();
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (matrix.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row) == 1) {
                    col++;
                }
                out.addRect(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        out.fill();
    }

    private static void metadata(PDDocument document, CertificateContent c) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(titleKk(c) + " / " + titleRu(c) + " — " + c.holderName() + " — " + c.serial());
        info.setSubject(c.competitionTitleKk() + " / " + c.competitionTitleRu() + ", " + c.year());
        info.setKeywords(c.serial());
        info.setAuthor(c.organisation());
        info.setCreator("Urpaq");
        info.setCustomMetadataValue("SerialNumber", c.serial());
        info.setCustomMetadataValue("VerificationUrl", c.verificationUrl());
        info.setCreationDate(GregorianCalendar.from(c.issueDate().atStartOfDay(ZoneId.of("Asia/Almaty"))));
        document.getDocumentCatalog().setLanguage("kk");
    }
}
