package kz.urpaq.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

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
}
