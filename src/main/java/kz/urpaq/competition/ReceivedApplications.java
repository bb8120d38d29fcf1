package kz.urpaq.competition;

import java.util.Map;

/**
 * How many applications a competition has received (submitted and not withdrawn), per direction
 * id: the public figures an organiser may show on the landing page. Implemented where applications
 * live, as {@link ApplicationDrafts} is.
 */
public interface ReceivedApplications {

    Map<Long, Long> byDirection(long competitionId);
}
