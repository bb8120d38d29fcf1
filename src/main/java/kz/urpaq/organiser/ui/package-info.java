/** The platform administrator's pages: the organisers an installation hosts. */
@NullMarked
package kz.urpaq.organiser.ui;

import org.jspecify.annotations.NullMarked;
