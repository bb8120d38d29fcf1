/**
 * The room of a person's rights over their data (SPEC §15): download my data, delete my account,
 * the retention job, and the access log an administrator exports after a breach. It sits above the
 * rooms whose data it gathers through {@link kz.urpaq.base.personal.PersonalDataSection}.
 */
@NullMarked
package kz.urpaq.privacy;

import org.jspecify.annotations.NullMarked;
