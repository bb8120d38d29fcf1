/**
 * Grants after the award (domain.md §14): each grant recipient's grant with its agreement,
 * signatures and tranches. Reports live in {@code grant.report}, which may use this package; this
 * package reaches the reports only through {@link kz.urpaq.grant.GrantReportStatuses} and the
 * {@link kz.urpaq.grant.GrantReportAccepted} event.
 */
@NullMarked
package kz.urpaq.grant;

import org.jspecify.annotations.NullMarked;
