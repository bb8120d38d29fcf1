package kz.urpaq.security;

import kz.urpaq.base.domain.RefusedException;

/**
 * A sensitive action asked of a session whose last sign-in is older than {@link StepUp#FRESHNESS}:
 * the person confirms their password (and code) first (domain.md §12).
 */
public class StepUpRequiredException extends RefusedException {

    public static final String MESSAGE = "step-up.required";

    StepUpRequiredException() {
        super(MESSAGE);
    }
}
