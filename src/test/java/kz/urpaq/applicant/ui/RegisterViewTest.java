package kz.urpaq.applicant.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.applicant.ApplicantProfileSpec;
import kz.urpaq.applicant.District;
import kz.urpaq.applicant.Iin;
import kz.urpaq.applicant.RegistrationService;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.MailLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
@WithAnonymousUser
class RegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicantProfileService profiles;

    @Autowired
    MailLog mailLog;

    @Autowired
    RegistrationService registration;

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }

    /** A valid IIN, found by trying serials until {@link Iin} accepts one. */
    private static String validIin(LocalDate birthDate) {
        var random = ThreadLocalRandom.current();
        var prefix = String.format("%02d%02d%02d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth()) + (birthDate.getYear() >= 2000 ? "5" : "3");
        while (true) {
            var serial = String.format("%04d", random.nextInt(10_000));
            for (int check = 0; check <= 9; check++) {
                var candidate = prefix + serial + check;
                if (Iin.validate(candidate).isEmpty()) {
                    return candidate;
                }
            }
        }
    }

    private LocalDate adultBirthDate() {
        var rule = profiles.ageRule().orElseThrow();
        return rule.onDate().minusYears(24).plusDays(ThreadLocalRandom.current().nextInt(365 * 4));
    }

    private String fillIn(String email, String iin, LocalDate birthDate) {
        test(find(EmailField.class).id("email")).setValue(email);
        test(find(PasswordField.class).id("password")).setValue("Ұрпақ-жоба-2026");
        test(find(PasswordField.class).id("password-repeat")).setValue("Ұрпақ-жоба-2026");
        test(field("full-name")).setValue("Мирас Қанатұлы");
        test(find(DatePicker.class).id("birth-date")).setValue(birthDate);
        test(field("iin")).setValue(iin);
        test(field("phone")).setValue("87011234567");
        @SuppressWarnings("unchecked")
        ComboBox<District> district = find(ComboBox.class).id("district");
        test(district).selectItem(District.ENBEKSHIKAZAKH.displayName().kk());
        test(field("place-of-study")).setValue("Есік қаласының № 2 мектебі");
        test(find(Checkbox.class).id("consent")).click();
        return email;
    }

    @Test
    void a_wrong_iin_is_shown_at_its_field_in_kazakh() {
        navigate(RegisterView.class);
        var valid = validIin(adultBirthDate());
        var wrong = valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10);

        test(field("iin")).setValue(wrong);

        assertThat(field("iin").isInvalid()).isTrue();
        assertThat(field("iin").getErrorMessage())
                .isEqualTo("ЖСН қате: соңғы (бақылау) цифры сәйкес келмейді. Цифрлардың дұрыс терілгенін тексеріңіз.");
    }

    @Test
    void an_iin_of_eleven_digits_is_refused_with_how_many_digits_it_has() {
        navigate(RegisterView.class);

        test(field("iin")).setValue(validIin(adultBirthDate()).substring(0, 11));

        assertThat(field("iin").isInvalid()).isTrue();
        assertThat(field("iin").getErrorMessage()).isEqualTo("ЖСН 12 цифрдан тұрады, ал енгізілгені: 11.");
    }

    @Test
    void an_iin_pasted_with_spaces_from_a_document_is_read_as_its_twelve_digits() {
        navigate(RegisterView.class);
        var birthDate = adultBirthDate();
        var iin = validIin(birthDate);
        test(find(DatePicker.class).id("birth-date")).setValue(birthDate);

        test(field("iin")).setValue(iin.substring(0, 6) + " " + iin.substring(6, 9) + "\u00a0" + iin.substring(9));

        assertThat(field("iin").getValue()).isEqualTo(iin);
        assertThat(field("iin").isInvalid()).isFalse();
    }

    @Test
    void an_iin_with_a_letter_names_the_letter() {
        navigate(RegisterView.class);

        test(field("iin")).setValue("88010130012O");

        assertThat(field("iin").isInvalid()).isTrue();
        assertThat(field("iin").getErrorMessage()).contains("«O»");
    }

    @Test
    void the_form_names_every_field_left_wrong_and_registers_nobody() {
        navigate(RegisterView.class);

        test(find(Button.class).id("register")).click();

        assertThat(find(EmailField.class).id("email").isInvalid()).isTrue();
        assertThat(field("iin").isInvalid()).isTrue();
        assertThat(field("iin").getErrorMessage()).isEqualTo("ЖСН-ді енгізіңіз");
        assertThat(find(Checkbox.class).id("consent").getErrorMessage())
                .isEqualTo("Тіркелу үшін жеке деректерді өңдеуге келісім беру қажет");
        assertThat(find(H2.class).all()).extracting(H2::getText).doesNotContain("Тіркелу аяқталды!");
    }

    @Test
    void a_visitor_registers_and_is_asked_to_confirm_the_address_by_mail() {
        navigate(RegisterView.class);
        var birthDate = adultBirthDate();
        var email = fillIn("view-" + UUID.randomUUID() + "@example.kz", validIin(birthDate), birthDate);
        assertThat(field("phone").getValue()).isEqualTo("+7 701 123 45 67");

        test(find(Button.class).id("register")).click();

        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Тіркелу аяқталды!");
        assertThat(mailLog.to(email)).hasSize(1);
    }

    @Test
    void a_taken_address_or_iin_gets_the_same_page_as_a_new_one() {
        var birthDate = adultBirthDate();
        var iin = validIin(birthDate);
        var taken = "first-" + UUID.randomUUID() + "@example.kz";
        registration.register(taken, "Ұрпақ-жоба-2026",
                new ApplicantProfileSpec("Мирас Қанатұлы", iin, birthDate, "87011234567", District.ILE, "Өтеген батыр",
                        Language.KK, "", "", false, true));
        var answers = new java.util.ArrayList<String>();
        for (var attempt : java.util.List.of(new String[]{"new-" + UUID.randomUUID() + "@example.kz", validIin(birthDate)},
                new String[]{taken, validIin(birthDate)}, new String[]{"second-" + UUID.randomUUID() + "@example.kz", iin})) {
            navigate(RegisterView.class);
            UI.getCurrent().refreshCurrentRoute(false);
            fillIn(attempt[0], attempt[1], birthDate);
            test(find(Button.class).id("register")).click();

            answers.add(find(Div.class).withClassName("register-done").single().getElement().getTextRecursively()
                    .replace(attempt[0], "ADDRESS"));
        }

        assertThat(answers).hasSize(3).containsOnly(answers.getFirst());
        assertThat(answers.getFirst()).contains("Тіркелу аяқталды!");
    }

    @Test
    void a_minor_is_asked_for_a_parent_or_guardian() {
        navigate(RegisterView.class);
        assertThat(find(TextField.class).withId("guardian-name").exists()).isFalse();

        test(find(DatePicker.class).id("birth-date")).setValue(profiles.today().minusYears(16));

        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Ата-ананың немесе қамқоршының келісімі");
        test(find(Button.class).id("register")).click();
        assertThat(find(Checkbox.class).id("guardian-confirmed").getErrorMessage())
                .isEqualTo("Ата-анаңыздың немесе қамқоршыңыздың келісімін растаңыз");
    }
}
