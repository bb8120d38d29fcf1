/**
 * Insight for organisers (SPEC §16, docs/decisions/027-dashboard-figures.md): a competition at a
 * glance, from the counts the rooms below make in SQL. It sits above submission, review and results
 * and owns no table.
 */
@NullMarked
package kz.urpaq.insight;

import org.jspecify.annotations.NullMarked;
