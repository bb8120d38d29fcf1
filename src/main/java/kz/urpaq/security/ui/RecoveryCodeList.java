package kz.urpaq.security.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;

import java.util.List;

/** Recovery codes, one per line in a monospace font, to copy, print or write down. */
class RecoveryCodeList extends OrderedList {

    RecoveryCodeList(List<String> codes) {
        setId("recovery-codes");
        addClassName("recovery-codes");
        codes.forEach(code -> add(new ListItem(code)));
    }
}
