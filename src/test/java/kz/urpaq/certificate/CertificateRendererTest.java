package kz.urpaq.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateRendererTest {

    static final String KAZAKH_LETTERS = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";
    static final String CODE = "q3Zk9Wb1xT0pLm7Rs2VdYA";

    private static CertificateRenderer renderer;

    @BeforeAll
    static void createRenderer() {
        renderer = new CertificateRenderer();
    }

    static CertificateContent content(CertificateKind kind, String holder, @Nullable String project) {
        return new CertificateContent(kind, kind.serial("TU", 2026, 7), CODE, holder,
                "«Түркістан жастары» жастар гранттарының конкурсы", "Конкурс молодёжных грантов «Молодёжь Туркестана»",
                "Түркістан облысы", "Туркестанская область", 2026,
                "Экология және тұрақты даму", "Экология и устойчивое развитие",
                kind == CertificateKind.JUROR_LETTER ? null : project,
                kind == CertificateKind.PLACE_DIPLOMA ? 2 : null,
                kind == CertificateKind.GRANT_CERTIFICATE ? 1_500_250L : null,
                LocalDate.of(2026, 12, 20), "Түркістан облысының жастар саясаты басқармасы",
                "А. Б. Сейітқали", "https://urpaq.example.kz/");
    }

    static CertificateContent content(CertificateKind kind) {
        return content(kind, "Айгерім Нұрланқызы Сәтбаева", "Арал өңіріндегі сексеуіл тоғайларын қалпына келтіру");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    @BeforeAll
    static void samplesFolder() throws IOException {
        Files.createDirectories(Path.of("target", "certificate-samples"));
    }

    @Test
    void each_kind_carries_its_kazakh_then_russian_texts() throws IOException {
        Map<CertificateKind, List<String>> expected = Map.of(
                CertificateKind.PLACE_DIPLOMA, List.of("II ДӘРЕЖЕЛІ ДИПЛОМ", "ДИПЛОМ II СТЕПЕНИ",
                        "конкурста II орын алғаны үшін марапатталады", "награждается за II место в конкурсе"),
                CertificateKind.GRANT_CERTIFICATE, List.of("ГРАНТ СЕРТИФИКАТЫ", "СЕРТИФИКАТ НА ГРАНТ",
                        "1 500 250 ₸ (бір миллион бес жүз мың екі жүз елу теңге) мөлшерінде грант берілді",
                        "присуждён грант в размере 1 500 250 ₸ (один миллион пятьсот тысяч двести пятьдесят тенге)"),
                CertificateKind.PARTICIPATION_CERTIFICATE, List.of("ҚАТЫСУШЫ СЕРТИФИКАТЫ", "СЕРТИФИКАТ УЧАСТНИКА",
                        "конкурсқа белсенді қатысқаны үшін", "за активное участие в конкурсе"),
                CertificateKind.JUROR_LETTER, List.of("АЛҒЫС ХАТ", "БЛАГОДАРСТВЕННОЕ ПИСЬМО",
                        "конкурс қазылар алқасының мүшесі ретіндегі адал әрі кәсіби еңбегі үшін алғыс білдіреміз",
                        "выражаем благодарность за добросовестную и профессиональную работу в составе жюри конкурса"));
        for (CertificateKind kind : CertificateKind.values()) {
            CertificateContent content = content(kind);
            byte[] pdf = renderer.render(content);
            Path samples = Path.of("target", "certificate-samples");
            Files.createDirectories(samples);
            Files.write(samples.resolve(kind.name().toLowerCase() + ".pdf"), pdf);
            String text = text(pdf);
            List<String> texts = expected.get(kind);
            assertThat(text).as(kind.name())
                    .contains(texts)
                    .contains("«Түркістан жастары» жастар гранттарының конкурсы",
                            "Конкурс молодёжных грантов «Молодёжь Туркестана»",
                            "Түркістан облысы · Туркестанская область · 2026",
                            "Айгерім Нұрланқызы Сәтбаева",
                            "Бағыты: Экология және тұрақты даму", "Направление: Экология и устойчивое развитие",
                            "20.12.2026", "№ TU-2026-" + kind.serialLetter() + "-0007",
                            "Түркістан облысының жастар саясаты басқармасы", "А. Б. Сейітқали",
                            "https://urpaq.example.kz/verify/" + CODE);
            // Kazakh above Russian
            assertThat(text.indexOf(texts.get(0))).isLessThan(text.indexOf(texts.get(1)));
            assertThat(text.indexOf(texts.get(2))).isLessThan(text.indexOf(texts.get(3)));
            if (kind == CertificateKind.JUROR_LETTER) {
                assertThat(text).doesNotContain("Жоба / Проект");
            } else {
                assertThat(text).contains("Жоба / Проект: «Арал өңіріндегі сексеуіл тоғайларын қалпына келтіру»");
            }
        }
    }

    @Test
    void every_kazakh_letter_survives_the_round_trip() throws IOException {
        String holder = "Әсел Ғалымқызы Қаңтарбаева-Өмірұлы Ұлықбек Үсен Һибатолла Іңкәр";
        byte[] pdf = renderer.render(content(CertificateKind.PARTICIPATION_CERTIFICATE, holder, KAZAKH_LETTERS));
        String text = text(pdf);
        assertThat(text).contains(holder).contains("«" + KAZAKH_LETTERS + "»");
        for (char letter : KAZAKH_LETTERS.replace(" ", "").toCharArray()) {
            assertThat(text).contains(String.valueOf(letter));
        }
    }

    @Test
    void the_qr_code_opens_the_verification_page() throws Exception {
        byte[] pdf = renderer.render(content(CertificateKind.GRANT_CERTIFICATE));
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(document).renderImageWithDPI(0, 150);
        }
        // the bottom-right corner, where the code is
        BufferedImage corner = image.getSubimage(image.getWidth() * 3 / 4, image.getHeight() * 2 / 3,
                image.getWidth() / 4, image.getHeight() / 3);
        Result result = new QRCodeReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(corner))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        assertThat(result.getText()).isEqualTo("https://urpaq.example.kz/verify/" + CODE);
    }

    /** Collects every glyph's position and size. */
    static final class Positions extends PDFTextStripper {
        final List<TextPosition> positions = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
            positions.addAll(textPositions);
            super.writeString(text, textPositions);
        }
    }

    @Test
    void long_names_and_titles_wrap_and_shrink_inside_the_border() throws IOException {
        String holder = "Нұрсұлтанова-Әбдіғаппарова Гүлжазира-Айгерім-Қарлығаш Қайратқызы Өтегенова-Ұлықбекова"
                + " Жансая-Іңкәр Һадишақызы";
        String project = "Түркістан облысының шалғай ауылдарындағы мектеп оқушыларына арналған цифрлық"
                + " сауаттылық, робототехника және жасанды интеллект негіздері бойынша көшпелі зертханалар"
                + " желісін құру, жергілікті мұғалімдерді оқыту және жобаның нәтижелерін облыстың барлық"
                + " аудандарына тарату арқылы жастардың бәсекеге қабілеттілігін арттыру ".repeat(3);
        for (CertificateKind kind : CertificateKind.values()) {
            byte[] pdf = renderer.render(content(kind, holder, project));
            Files.write(Path.of("target", "certificate-samples", "long-" + kind.name().toLowerCase() + ".pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
                PDPage page = document.getPage(0);
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                assertThat(width).isGreaterThan(height);
                Positions stripper = new Positions();
                stripper.getText(document);
                assertThat(stripper.positions).isNotEmpty();
                float margin = CertificateRenderer.INNER_MARGIN;
                for (TextPosition p : stripper.positions) {
                    assertThat(p.getXDirAdj()).as(p.getUnicode()).isGreaterThan(margin);
                    assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as(p.getUnicode()).isLessThan(width - margin);
                    assertThat(p.getYDirAdj() - p.getHeightDir()).as(p.getUnicode()).isGreaterThan(margin);
                    assertThat(p.getYDirAdj()).as(p.getUnicode()).isLessThan(height - margin);
                }
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("Нұрсұлтанова-Әбдіғаппарова", "Һадишақызы");
                // the name needed a smaller size than the 26 pt a short name gets
                float nameSize = stripper.positions.stream()
                        .filter(p -> p.getUnicode().equals("Һ"))
                        .map(TextPosition::getFontSizeInPt).findFirst().orElseThrow();
                assertThat(nameSize).isLessThan(26);
            }
        }
    }

    @Test
    void metadata_carries_title_subject_and_serial_and_the_font_is_an_embedded_subset() throws IOException {
        byte[] pdf = renderer.render(content(CertificateKind.PLACE_DIPLOMA));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).contains("II ДӘРЕЖЕЛІ ДИПЛОМ", "ДИПЛОМ II СТЕПЕНИ", "TU-2026-D-0007");
            assertThat(info.getSubject()).contains("«Түркістан жастары» жастар гранттарының конкурсы", "2026");
            assertThat(info.getKeywords()).isEqualTo("TU-2026-D-0007");
            assertThat(info.getCustomMetadataValue("SerialNumber")).isEqualTo("TU-2026-D-0007");
            PDPage page = document.getPage(0);
            List<String> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).isNotEmpty().allMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSans.*"));
        }
    }

    @Test
    void glyphs_missing_from_the_font_do_not_break_rendering() throws IOException {
        byte[] pdf = renderer.render(content(CertificateKind.PARTICIPATION_CERTIFICATE,
                "Ақбота\tСейітова\n", "Жоба \uD83D\uDE80 ғарышқа"));
        assertThat(text(pdf)).contains("Ақбота Сейітова", "Жоба ? ғарышқа");
    }

    @Test
    void a_title_too_long_even_for_four_small_lines_is_cut_with_an_ellipsis() throws IOException {
        String project = "Жастарға арналған цифрлық сауаттылық зертханасы ".repeat(40);
        byte[] pdf = renderer.render(content(CertificateKind.PLACE_DIPLOMA, "Ақбота Сейітова", project));
        String text = text(pdf);
        assertThat(text).contains("…»").contains("Ақбота Сейітова", "№ TU-2026-D-0007");
    }
}
