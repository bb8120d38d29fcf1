package kz.urpaq.organiser;

import kz.urpaq.security.DefaultOrganiser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The default organiser's id for the security room; it never changes once V110 made it. */
@Component
@Transactional(readOnly = true)
class DefaultOrganiserLookup implements DefaultOrganiser {

    private final OrganiserRepository organisers;
    private volatile long id;

    DefaultOrganiserLookup(OrganiserRepository organisers) {
        this.organisers = organisers;
    }

    @Override
    public long id() {
        if (id == 0) {
            id = organisers.findByCode(OrganiserService.DEFAULT_CODE).orElseThrow().getId();
        }
        return id;
    }
}
