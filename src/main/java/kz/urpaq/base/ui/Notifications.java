package kz.urpaq.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.i18n.Language;

import java.util.Optional;

/** Short messages at the bottom of the screen, long enough to read on a phone. */
public final class Notifications {

    private Notifications() {
    }

    public static void error(String text) {
        var notification = Notification.show(text, 8000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    public static void success(String text) {
        var notification = Notification.show(text, 5000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** Tells the person on {@code where}'s page why the server said no, in their language. */
    public static void refused(Component where, RefusedException refused) {
        error(message(where, refused));
    }

    /**
     * The refusal's sentence in the page's language, with the values it names: an organiser's
     * three-language text (a criterion, a direction) in that language too.
     */
    public static String message(Component where, RefusedException refused) {
        var locale = where.getUI().or(() -> Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale).orElse(Language.DEFAULT.locale());
        var arguments = refused.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof LocalizedText text) {
                arguments[i] = text.in(locale);
            }
        }
        return where.getTranslation(refused.messageKey(), arguments);
    }
}
