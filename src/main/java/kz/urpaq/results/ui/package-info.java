/** The administrators' deliberation page: computed ranking, overrides and finalisation. */
@NullMarked
package kz.urpaq.results.ui;

import org.jspecify.annotations.NullMarked;
