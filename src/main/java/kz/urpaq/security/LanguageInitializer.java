package kz.urpaq.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import kz.urpaq.base.i18n.Language;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

/**
 * Picks each new UI's language: the account's setting, else the visitor's cookie, else Kazakh.
 * The browser's language is deliberately not used: Kazakh is the default (domain.md §9).
 * The same choice goes into the first response's {@code <html lang>} (Flow writes the provider's
 * first locale there, vaadin/flow#18585), so screen readers read the page in its language from
 * the start; switching the language reloads the page, which comes back with the new one.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    private final AccountService accountService;
    private final CurrentUser currentUser;

    LanguageInitializer(AccountService accountService, CurrentUser currentUser) {
        this.accountService = accountService;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().head().parent()
                .attr("lang", chosenLanguage(response.getVaadinRequest()).code()));
        event.getSource().addUIInitListener(uiEvent -> {
            var language = chosenLanguage(VaadinRequest.getCurrent());
            uiEvent.getUI().setLocale(language.locale());
            uiEvent.getUI().getSession().setLocale(language.locale());
            uiEvent.getUI().getElement().executeJs("document.documentElement.lang = $0", language.code());
        });
    }

    Language chosenLanguage(VaadinRequest request) {
        if (currentUser.get().isPresent()) {
            var fromAccount = accountService.currentLanguage();
            if (fromAccount.isPresent()) {
                return fromAccount.get();
            }
        }
        return cookie(request).map(Language::of).orElse(Language.DEFAULT);
    }

    private static Optional<String> cookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> AccountLanguagePreferences.COOKIE.equals(cookie.getName()))
                .map(jakarta.servlet.http.Cookie::getValue)
                .findFirst();
    }
}
