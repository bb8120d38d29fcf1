package kz.urpaq.security.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import kz.urpaq.security.KeyQrCode;
import kz.urpaq.security.SecondFactorService;

/**
 * How to set up a new second factor, the same at a staff member's first sign-in and on an
 * applicant's security page: install an app, scan the QR code or type the key, type its code.
 */
class EnrolmentSteps extends OrderedList {

    EnrolmentSteps(SecondFactorService.NewFactor factor) {
        addClassName("second-factor-steps");
        var qrCode = new Image(KeyQrCode.dataAddress(factor), getTranslation("second-factor.enrol.qr-alt"));
        qrCode.addClassName("qr-code");
        var key = new Span(factor.groupedSecret());
        key.setId("second-factor-key");
        key.addClassName("second-factor-key");
        add(new ListItem(getTranslation("second-factor.enrol.step-app")),
                new ListItem(new Paragraph(getTranslation("second-factor.enrol.step-scan")), qrCode,
                        new Paragraph(getTranslation("second-factor.enrol.step-key")), key),
                new ListItem(getTranslation("second-factor.enrol.step-code")));
    }
}
