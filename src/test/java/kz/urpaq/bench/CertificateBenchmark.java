package kz.urpaq.bench;

import kz.urpaq.certificate.CertificateContent;
import kz.urpaq.certificate.CertificateKind;
import kz.urpaq.certificate.CertificateRenderer;
import kz.urpaq.certificate.VerificationCodes;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificates per second for a batch of 1,000 through {@link CertificateRenderer}, against a bare
 * PDFBox page with the same fonts (DejaVu Sans, embedded as a subset) and the same text, lines
 * placed at fixed positions with no fitting, border, emblem or QR code. Single thread, as issuing
 * runs; warm-up first. Prints figures, asserts nothing about timing. Run with
 * {@code ./mvnw -B test-compile surefire:test@benchmarks -Dtest=CertificateBenchmark}.
 */
class CertificateBenchmark {

    private static final int WARM_UP = 200;
    private static final int BATCH = 1_000;

    @Test
    void certificates_per_second() throws IOException {
        var renderer = new CertificateRenderer();
        var kinds = CertificateKind.values();
        // The bare page prints exactly the text the renderer's page holds.
        var lines = text(renderer.render(content(CertificateKind.GRANT_CERTIFICATE, 1)));
        var bare = new BarePage();

        for (int i = 0; i < WARM_UP; i++) {
            sink(renderer.render(content(kinds[i % kinds.length], i + 1)));
            sink(bare.render(lines));
        }

        long rendererBytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < BATCH; i++) {
            rendererBytes += renderer.render(content(kinds[i % kinds.length], i + 1)).length;
        }
        double rendererSeconds = (System.nanoTime() - start) / 1e9;

        long bareBytes = 0;
        start = System.nanoTime();
        for (int i = 0; i < BATCH; i++) {
            bareBytes += bare.render(lines).length;
        }
        double bareSeconds = (System.nanoTime() - start) / 1e9;

        double rendererRate = BATCH / rendererSeconds;
        double bareRate = BATCH / bareSeconds;
        var load = Files.readString(Path.of("/proc/loadavg")).strip();
        System.out.printf("%nCertificateBenchmark (batch %d, warm-up %d, 1 thread, Java %s, %d CPUs, load %s)%n",
                BATCH, WARM_UP, Runtime.version(), Runtime.getRuntime().availableProcessors(), load);
        System.out.printf("  CertificateRenderer : %8.1f certificates/s  (%6.2f ms each, %5.1f KB average PDF)%n",
                rendererRate, 1000 / rendererRate, rendererBytes / 1024.0 / BATCH);
        System.out.printf("  bare PDFBox page    : %8.1f pages/s         (%6.2f ms each, %5.1f KB average PDF)%n",
                bareRate, 1000 / bareRate, bareBytes / 1024.0 / BATCH);
        System.out.printf("  ratio bare/renderer : %8.2f%n%n", bareRate / rendererRate);
        assertThat(rendererBytes).isPositive();
        assertThat(bareBytes).isPositive();
    }

    private static int sunk;

    private static void sink(byte[] bytes) {
        sunk += bytes.length;
    }

    static CertificateContent content(CertificateKind kind, int number) {
        return new CertificateContent(kind, kind.serial("TU", 2026, number), VerificationCodes.next(),
                "Айгерім Нұрланқызы Сәтбаева",
                "Тәуелсіздік ұрпақтары — 2026", "Поколения независимости — 2026",
                "Алматы облысы", "Алматинская область", 2026,
                "Ақпараттық технологиялар", "Информационные технологии",
                kind == CertificateKind.JUROR_LETTER ? null : "Ауыл мектептеріне арналған робототехника үйірмесі",
                kind == CertificateKind.PLACE_DIPLOMA ? 1 + number % 3 : null,
                kind == CertificateKind.GRANT_CERTIFICATE ? 1_000_000L : null,
                LocalDate.of(2026, 12, 20), "Алматы облысының жастар саясаты басқармасы",
                "Г. Сейітова", "https://urpaq.example.kz");
    }

    private static List<String> text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    /** One A4 landscape page of plain lines in DejaVu Sans, regular and bold, embedded as subsets. */
    static final class BarePage {

        private final TrueTypeFont regular;
        private final TrueTypeFont bold;

        BarePage() throws IOException {
            regular = parse("/fonts/DejaVuSans.ttf");
            bold = parse("/fonts/DejaVuSans-Bold.ttf");
        }

        private static TrueTypeFont parse(String resource) throws IOException {
            try (InputStream in = BarePage.class.getResourceAsStream(resource)) {
                return new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
        }

        byte[] render(List<String> lines) throws IOException {
            try (var document = new PDDocument()) {
                var regularFont = PDType0Font.load(document, regular, true);
                var boldFont = PDType0Font.load(document, bold, true);
                var page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                document.addPage(page);
                try (var out = new PDPageContentStream(document, page)) {
                    float y = page.getMediaBox().getHeight() - 60;
                    for (int i = 0; i < lines.size(); i++) {
                        out.beginText();
                        out.setFont(i % 3 == 0 ? boldFont : regularFont, 11);
                        out.newLineAtOffset(60, y);
                        out.showText(lines.get(i).replace('\u00A0', ' '));
                        out.endText();
                        y -= 16;
                    }
                }
                var bytes = new ByteArrayOutputStream(32 * 1024);
                document.save(bytes);
                return bytes.toByteArray();
            }
        }
    }
}
