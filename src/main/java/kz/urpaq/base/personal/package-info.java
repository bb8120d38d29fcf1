/**
 * What every room holds about one account, as the privacy room asks for it: each room that keeps
 * personal data implements {@link PersonalDataSection} (a bean), so that "download my data",
 * "delete my account" and the retention job reach every table without knowing the rooms
 * (SPEC §15, docs/decisions/030-personal-data.md).
 */
@NullMarked
package kz.urpaq.base.personal;

import org.jspecify.annotations.NullMarked;
