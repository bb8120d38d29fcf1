package kz.urpaq.grant;

import java.util.Collection;
import java.util.Map;

/**
 * The reports' state per grant, for the grant register. Implemented by the reports room; the register
 * works without it (no report columns filled).
 */
public interface GrantReportStatuses {

    /** The status line of each given grant that has one; grants without reports may be missing from the map. */
    Map<Long, ReportStatusLine> forGrants(Collection<Long> grantIds);
}
