package kz.urpaq.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class RowsEditorTest extends SpringBrowserlessTest {

    private final AtomicInteger changes = new AtomicInteger();
    private RowsEditor<String> editor;

    @BeforeEach
    void editor() {
        editor = new RowsEditor<>("rows", "Add", "Remove", 3, "", RowsEditorTest::row, changes::incrementAndGet);
        UI.getCurrent().add(editor);
    }

    @Test
    void the_row_an_empty_list_offers_gets_its_remove_button_when_typed_into() {
        editor.setValue(List.of());

        assertThat(rows()).hasSize(1);
        assertThat(removeButtons()).isEmpty();

        test($(TextField.class, editor).single()).setValue("Тұқым");

        assertThat(removeButtons()).hasSize(1);
        assertThat(editor.getValue()).containsExactly("Тұқым");
        test(removeButtons().getFirst()).click();
        assertThat(rows()).isEmpty();
        assertThat(editor.getValue()).isEmpty();
        assertThat(changes).hasValue(1);
    }

    @Test
    void rows_with_a_value_and_rows_the_person_adds_can_be_removed_at_once() {
        editor.setValue(List.of("бір", "екі"));

        assertThat(rows()).hasSize(2);
        assertThat(removeButtons()).hasSize(2)
                .allSatisfy(remove -> assertThat(remove.getAriaLabel()).hasValue("Remove"));

        test(addButton()).click();

        assertThat(rows()).hasSize(3);
        assertThat(removeButtons()).hasSize(3);
        assertThat(addButton().isEnabled()).as("at the maximum of 3 rows").isFalse();
    }

    @Test
    void a_read_only_list_offers_no_empty_row_and_no_removal() {
        editor.setReadOnly(true);
        editor.setValue(List.of("бір"));

        assertThat(rows()).hasSize(1);
        assertThat(removeButtons()).hasSize(1).allSatisfy(remove -> assertThat(remove.isVisible()).isFalse());
        assertThat(addButton().isVisible()).isFalse();

        editor.setValue(List.of());

        assertThat(rows()).isEmpty();
    }

    private static RowsEditor.Row<String> row(String value) {
        var field = new TextField("Name", value, "");
        var fields = new Div(field);
        return new RowsEditor.Row<>() {
            public Component component() {
                return fields;
            }

            public String value() {
                return field.getValue();
            }

            public boolean isBlank() {
                return field.isEmpty();
            }

            public void setReadOnly(boolean readOnly) {
                field.setReadOnly(readOnly);
            }
        };
    }

    private List<Div> rows() {
        return editor.getChildren().filter(child -> child.getElement().getClassList().contains("row"))
                .map(Div.class::cast).toList();
    }

    /** Each row's remove button, shown or not. */
    private List<Button> removeButtons() {
        return rows().stream().flatMap(Div::getChildren).filter(Button.class::isInstance).map(Button.class::cast)
                .toList();
    }

    private Button addButton() {
        return editor.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
    }
}
