/**
 * Grant reports (domain.md §14): the interim and the final report of a grant, written by its
 * recipient over the application's own milestones, expected results and budget lines, accepted or
 * returned with comments by an administrator of the grant's competition, with their history,
 * reminders before the due dates and the public summary of a finished project. Depends on
 * {@code kz.urpaq.grant}, never the other way round: the grants see the reports only through
 * {@link kz.urpaq.grant.GrantReportStatuses} and {@link kz.urpaq.grant.GrantReportAccepted}.
 */
@NullMarked
package kz.urpaq.grant.report;

import org.jspecify.annotations.NullMarked;
