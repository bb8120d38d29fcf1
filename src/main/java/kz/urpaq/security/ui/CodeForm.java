package kz.urpaq.security.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;
import kz.urpaq.security.Refusal;
import kz.urpaq.security.SecondFactorSignIn;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The second step of a sign-in: a plain HTML form that posts the code as the sign-in form posts the
 * password, with the session's CSRF token, so the server signs the session in on that request
 * (kz.urpaq.security.SecondFactorController). A refused code is said under the field.
 */
@Tag("form")
class CodeForm extends HtmlContainer {

    static final String FIELD_ID = "second-factor-code";
    private static final String HINT_ID = FIELD_ID + "-hint";
    private static final String ERROR_ID = FIELD_ID + "-error";

    CodeForm(@Nullable Refusal refusal) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", SecondFactorSignIn.VERIFY_PATH.substring(1));
        addClassName("code-form");

        var label = new NativeLabel(getTranslation("second-factor.code"));
        label.setFor(FIELD_ID);
        var code = new Input();
        code.setId(FIELD_ID);
        code.getElement().setAttribute("name", SecondFactorSignIn.CODE_PARAMETER);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "text");
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("spellcheck", "false");
        code.getElement().setAttribute("required", true);
        code.getElement().setAttribute("maxlength", "20");
        code.getElement().setAttribute("autofocus", true);
        code.getElement().setAttribute("aria-describedby", HINT_ID);
        var hint = new Paragraph(getTranslation("second-factor.code.hint"));
        hint.setId(HINT_ID);
        hint.addClassName("code-hint");
        add(label, code, hint);
        if (refusal != null) {
            var error = new Paragraph(getTranslation(refusal.messageKey(), refusal.argsArray()));
            error.setId(ERROR_ID);
            error.addClassName("code-error");
            error.getElement().setAttribute("role", "alert");
            code.getElement().setAttribute("aria-invalid", "true");
            code.getElement().setAttribute("aria-describedby", String.join(" ", ERROR_ID, HINT_ID));
            add(error);
        }
        var token = csrfToken();
        if (token != null) {
            var hidden = new Input();
            hidden.setType("hidden");
            hidden.getElement().setAttribute("name", token.getParameterName());
            hidden.setValue(token.getToken());
            add(hidden);
        }
        var submit = new NativeButton(getTranslation("second-factor.submit"));
        submit.getElement().setAttribute("type", "submit");
        submit.setId("second-factor-submit");
        submit.addClassName("code-submit");
        add(submit);
    }

    private static @Nullable CsrfToken csrfToken() {
        var request = VaadinServletRequest.getCurrent();
        return request == null ? null
                : request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token : null;
    }
}
