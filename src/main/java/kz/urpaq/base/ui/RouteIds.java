package kz.urpaq.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

import java.util.Optional;

/**
 * The record a page's address names. An address whose id is missing, is no number or names no
 * record is a wrong address: it throws the router's {@link NotFoundException}, so every page
 * shows the same not-found page for it (as it does for a service's {@code NoSuchRecordException}).
 */
public final class RouteIds {

    private RouteIds() {
    }

    /** The id in the address's {@code parameter}. */
    public static long of(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().getLong(parameter)
                .orElseThrow(RouteIds::notFound);
    }

    /** The record a service found for the address's id. */
    public static <T> T found(Optional<T> record) {
        return record.orElseThrow(RouteIds::notFound);
    }

    /** For a record the person may not open, which must look exactly like one that does not exist. */
    public static NotFoundException notFound() {
        return new NotFoundException();
    }
}
