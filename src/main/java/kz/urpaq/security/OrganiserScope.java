package kz.urpaq.security;

import java.util.Set;

/**
 * The organisers whose records someone reaches in one role: a set of ids, or every organiser for
 * a system task (start-up work, background jobs).
 */
public record OrganiserScope(boolean everyOrganiser, Set<Long> ids) {

    public OrganiserScope {
        ids = Set.copyOf(ids);
    }

    static final OrganiserScope EVERY = new OrganiserScope(true, Set.of());
    static final OrganiserScope NONE = new OrganiserScope(false, Set.of());

    public boolean includes(long organiserId) {
        return everyOrganiser || ids.contains(organiserId);
    }

    public boolean isEmpty() {
        return !everyOrganiser && ids.isEmpty();
    }
}
