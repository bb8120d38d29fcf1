package kz.urpaq.grant;

import kz.urpaq.certificate.AmountInWords;
import kz.urpaq.certificate.CertificateRenderer;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Renders a grant agreement as an A4 PDF, each section in Kazakh above Russian like the
 * certificates, with the certificates' DejaVu fonts. Plain Java and PDFBox, no database. Two
 * renderings of the same content need not be byte-identical (PDFBox names font subsets afresh),
 * so the service renders an agreement once and keeps its bytes: each signature names their SHA-256.
 */
final class AgreementRenderer {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float SIZE = 10;
    private static final float LEADING = SIZE * 1.35f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final TrueTypeFont regularTtf;
    private final TrueTypeFont boldTtf;

    AgreementRenderer() {
        try {
            regularTtf = CertificateRenderer.parse("/fonts/DejaVuSans.ttf");
            boldTtf = CertificateRenderer.parse("/fonts/DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the agreement fonts", e);
        }
    }

    synchronized byte[] render(AgreementContent c) {
        try (PDDocument document = new PDDocument()) {
            var writer = new Writer(document, PDType0Font.load(document, regularTtf, true),
                    PDType0Font.load(document, boldTtf, true));
            metadata(document, c);
            writer.centred("ГРАНТТЫҚ КЕЛІСІМ № " + c.grantId(), true, 14);
            writer.centred("ГРАНТОВОЕ СОГЛАШЕНИЕ № " + c.grantId(), true, 14);
            writer.centred(c.competitionTitle().kk() + " / " + c.competitionTitle().ru(), false, SIZE);
            writer.centred(DATE.format(c.issuedOn()), false, SIZE);
            writer.gap();

            writer.heading("1. Тараптар", "1. Стороны");
            writer.paragraph("Ұйымдастырушы: " + c.organiserName().kk() + ", атынан " + c.signatoryPosition().kk()
                    + " " + c.signatoryName() + ". Грант алушы: " + c.recipientName() + ".");
            writer.paragraph("Организатор: " + c.organiserName().ru() + ", в лице " + c.signatoryPosition().ru()
                    + " " + c.signatoryName() + ". Получатель гранта: " + c.recipientName() + ".");

            writer.heading("2. Жоба", "2. Проект");
            writer.paragraph("«" + c.projectTitle() + "»");

            writer.heading("3. Грант сомасы", "3. Сумма гранта");
            var digits = AmountInWords.digits(c.amountTenge());
            writer.paragraph(digits + " (" + AmountInWords.kazakh(c.amountTenge()) + ") теңге.");
            writer.paragraph(digits + " (" + AmountInWords.russian(c.amountTenge()) + ") тенге.");

            writer.heading("4. Траншалар кестесі", "4. График траншей");
            long paid = 0;
            for (int i = 0; i < c.tranches().size(); i++) {
                var share = c.tranches().get(i);
                long amount = i == c.tranches().size() - 1 ? c.amountTenge() - paid
                        : c.amountTenge() * share.percent() / 100;
                paid += amount;
                writer.paragraph((i + 1) + ") " + share.percent() + " % — " + AmountInWords.digits(amount)
                        + " теңге / тенге: " + triggerKk(share.dueOn()) + " / " + triggerRu(share.dueOn()));
            }

            writer.heading("5. Есептер", "5. Отчёты");
            writer.paragraph("Аралық есеп: " + date(c.interimReportDue()) + " дейін. Қорытынды есеп: "
                    + date(c.finalReportDue()) + " дейін. Есепте жоспар бойынша жұмыстар, нәтижелер, бюджет "
                    + "баптары бойынша шығыстар (түбіртектерімен) және жобаның қысқаша жария сипаттамасы болады.");
            writer.paragraph("Промежуточный отчёт: до " + date(c.interimReportDue()) + ". Итоговый отчёт: до "
                    + date(c.finalReportDue()) + ". Отчёт содержит выполнение плана, результаты, расходы по "
                    + "статьям бюджета (с чеками) и краткое публичное описание проекта.");

            writer.heading("6. Талаптар", "6. Условия");
            writer.paragraph(c.textKk());
            writer.paragraph(c.textRu());

            writer.heading("7. Қолтаңбалар", "7. Подписи");
            writer.signature("Ұйымдастырушы / Организатор", c.signatoryName());
            writer.signature("Грант алушы / Получатель гранта", c.recipientName());
            writer.close();
            var bytes = new ByteArrayOutputStream(64 * 1024);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the agreement of grant " + c.grantId(), e);
        }
    }

    static String triggerKk(TrancheTrigger trigger) {
        return switch (trigger) {
            case COUNTERSIGNED -> "келісімге Ұйымдастырушы қол қойғаннан кейін";
            case INTERIM_ACCEPTED -> "аралық есеп қабылданғаннан кейін";
            case FINAL_ACCEPTED -> "қорытынды есеп қабылданғаннан кейін";
        };
    }

    static String triggerRu(TrancheTrigger trigger) {
        return switch (trigger) {
            case COUNTERSIGNED -> "после подписания соглашения Организатором";
            case INTERIM_ACCEPTED -> "после принятия промежуточного отчёта";
            case FINAL_ACCEPTED -> "после принятия итогового отчёта";
        };
    }

    private static String date(@Nullable LocalDate day) {
        return day == null ? "—" : DATE.format(day);
    }

    private static void metadata(PDDocument document, AgreementContent c) {
        var info = new PDDocumentInformation();
        info.setTitle("Гранттық келісім / Грантовое соглашение № " + c.grantId());
        info.setProducer("Urpaq");
        Calendar on = new GregorianCalendar(TimeZone.getTimeZone("Asia/Almaty"));
        on.clear();
        on.set(c.issuedOn().getYear(), c.issuedOn().getMonthValue() - 1, c.issuedOn().getDayOfMonth());
        info.setCreationDate(on);
        info.setModificationDate(on);
        document.setDocumentInformation(info);
    }

    /** Lays lines down the page, opening a new page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private @Nullable PDPageContentStream out;
        private float y;

        Writer(PDDocument document, PDFont regular, PDFont bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            close();
            var page = new PDPage(PAGE);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }

        private PDPageContentStream out() {
            return java.util.Objects.requireNonNull(out);
        }

        private void line(String text, PDFont font, float size, float x) throws IOException {
            if (y - size * 1.35f < MARGIN) {
                newPage();
            }
            y -= size * 1.35f;
            out().beginText();
            out().setFont(font, size);
            out().newLineAtOffset(x, y);
            out().showText(text);
            out().endText();
        }

        void centred(String text, boolean isBold, float size) throws IOException {
            var font = isBold ? bold : regular;
            for (var wrapped : CertificateRenderer.wrap(text, font, size, WIDTH)) {
                line(wrapped, font, size, MARGIN + (WIDTH - width(wrapped, font, size)) / 2);
            }
        }

        void heading(String kk, String ru) throws IOException {
            gap();
            line(kk + " / " + ru, bold, SIZE + 1, MARGIN);
        }

        void paragraph(String text) throws IOException {
            for (var wrapped : CertificateRenderer.wrap(text.replace('\n', ' '), regular, SIZE, WIDTH)) {
                line(wrapped, regular, SIZE, MARGIN);
            }
        }

        void signature(String role, String name) throws IOException {
            gap();
            line(role + ":", bold, SIZE, MARGIN);
            line(name + "   ______________________", regular, SIZE, MARGIN);
        }

        void gap() {
            y -= LEADING / 2;
        }
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text.replace('\u00A0', ' ')) / 1000 * size;
    }
}
