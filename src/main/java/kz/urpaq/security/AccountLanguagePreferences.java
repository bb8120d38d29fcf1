package kz.urpaq.security;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.base.i18n.LanguagePreferences;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Visitors' choice lives in a cookie; a signed-in person's also in their account. */
@Component
class AccountLanguagePreferences implements LanguagePreferences {

    static final String COOKIE = "urpaq-lang";

    private final AccountService accountService;
    private final CurrentUser currentUser;

    AccountLanguagePreferences(AccountService accountService, CurrentUser currentUser) {
        this.accountService = accountService;
        this.currentUser = currentUser;
    }

    @Override
    public void remember(Language language) {
        var response = VaadinService.getCurrentResponse();
        if (response != null) {
            var cookie = new Cookie(COOKIE, language.code());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        if (currentUser.get().isPresent()) {
            accountService.changeLanguage(language);
        }
    }
}
