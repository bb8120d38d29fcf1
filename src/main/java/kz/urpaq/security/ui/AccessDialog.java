package kz.urpaq.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.Role;
import kz.urpaq.security.SecondFactorService;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * One account's roles and whether it may sign in, and its second factor's reset. The service
 * decides what is allowed (not your own ADMIN role, not the last administrator); a refusal is
 * shown here and nothing changes. Both changes ask for the password and code again (step-up).
 */
class AccessDialog extends Dialog {

    private final AccountService accountService;
    private final StepUpPrompt stepUp;
    private final AccountSummary account;
    private final Runnable onChange;
    private final Map<Role, Checkbox> roles = new EnumMap<>(Role.class);
    private final Checkbox enabled = new Checkbox();
    private final Paragraph error = new Paragraph();

    AccessDialog(AccountService accountService, SecondFactorService secondFactors, StepUpPrompt stepUp,
                 AccountSummary account, Runnable onChange) {
        this.accountService = accountService;
        this.stepUp = stepUp;
        this.account = account;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("users.access.title"));
        setWidth("min(28rem, 100vw)");

        var who = new Paragraph(account.displayName() + " · " + account.email());
        var rolesLabel = new Span(getTranslation("users.access.roles"));
        rolesLabel.addClassName("access-roles-label");
        var content = new VerticalLayout(who, rolesLabel);
        content.setPadding(false);
        content.setSpacing(false);
        // staff roles are the caller's organiser's: a juror of another region is no juror here
        var rolesHere = accountService.rolesHere(account.id());
        for (var role : java.util.List.of(Role.APPLICANT, Role.JURY, Role.ADMIN)) {
            var box = new Checkbox(getTranslation(role.labelKey()), rolesHere.contains(role));
            box.setId("role-" + role.name().toLowerCase(java.util.Locale.ROOT));
            roles.put(role, box);
            content.add(box);
        }
        enabled.setId("access-enabled");
        enabled.setLabel(getTranslation("users.access.enabled"));
        enabled.setValue(account.enabled());
        error.setId("access-error");
        error.addClassName("access-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        content.add(enabled, error);
        if (secondFactors.hasSecondFactor(account.id())) {
            var reset = new Button(getTranslation("users.access.reset-factor"), click -> stepUp.around(() -> {
                secondFactors.reset(account.id());
                close();
                onChange.run();
                Notifications.success(getTranslation("users.access.factor-reset", account.email()));
            }));
            reset.setId("access-reset-factor");
            reset.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            content.add(new Paragraph(getTranslation("users.access.factor-on")), reset);
        }
        add(content);

        var save = new Button(getTranslation("users.access.save"), click -> stepUp.around(this::save));
        save.setId("access-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("users.dialog.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        var chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, box) -> {
            if (box.getValue()) {
                chosen.add(role);
            }
        });
        try {
            accountService.changeAccess(account.id(), chosen, enabled.getValue());
        } catch (InputRefusedException refused) {
            error.setText(getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()));
            error.setVisible(true);
            return;
        }
        close();
        onChange.run();
        Notifications.success(getTranslation("users.access.saved"));
    }
}
