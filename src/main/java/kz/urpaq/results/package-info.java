/**
 * Results (domain.md §7): scores, ranking, places and grants. {@link ResultCalculator} is plain Java,
 * with no database or UI, so the published ranking can be recomputed from exported scores.
 */
@NullMarked
package kz.urpaq.results;

import org.jspecify.annotations.NullMarked;
