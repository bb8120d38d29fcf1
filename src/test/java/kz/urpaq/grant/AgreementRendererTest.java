package kz.urpaq.grant;

import kz.urpaq.base.domain.LocalizedText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The agreement PDF as its text reads (Kazakh above Russian, the amount in digits and in words in both). */
class AgreementRendererTest {

    static final AgreementContent CONTENT = new AgreementContent(42,
            new LocalizedText("Тәуелсіздік ұрпақтары — 2025", "Поколение независимости — 2025", "Generations of Independence — 2025"),
            new LocalizedText("Алматы облысының жастар саясаты басқармасы", "Управление молодёжной политики Алматинской области",
                    "Youth Policy Office of Almaty Region"),
            "Әлібек Жұмабаев", new LocalizedText("басшы", "руководителя", "Head"), "Айгерім Сәрсенбаева",
            "Өзен жағасындағы экологиялық мектеп", 1_500_250, GrantTerms.DEFAULT_SCHEDULE,
            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), GrantTerms.DEFAULT_TEXT_KK, GrantTerms.DEFAULT_TEXT_RU,
            LocalDate.of(2025, 12, 3));

    @Test
    void the_agreement_states_parties_amount_in_words_tranches_and_dates_in_kazakh_above_russian() throws IOException {
        var pdf = new AgreementRenderer().render(CONTENT);
        // kept for a look: pdftoppm -r 60 -png target/agreement-sample.pdf
        Files.write(Path.of("target", "agreement-sample.pdf"), pdf);
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        text = text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
        assertThat(text).contains("ГРАНТТЫҚ КЕЛІСІМ № 42", "ГРАНТОВОЕ СОГЛАШЕНИЕ № 42",
                "Айгерім Сәрсенбаева", "Өзен жағасындағы экологиялық мектеп", "Әлібек Жұмабаев",
                "1 500 250", "бір миллион бес жүз мың екі жүз елу", "один миллион пятьсот тысяч двести пятьдесят",
                "70 %", "30 %", "1 050 175", "450 075", "01.03.2026", "30.06.2026", "7. Қолтаңбалар / 7. Подписи");
        assertThat(text.indexOf("ГРАНТТЫҚ КЕЛІСІМ")).isLessThan(text.indexOf("ГРАНТОВОЕ СОГЛАШЕНИЕ"));
        assertThat(text.indexOf("Ұйымдастырушы:")).isLessThan(text.indexOf("Организатор:"));
    }
}
