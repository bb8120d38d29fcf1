/** The grants' pages: the organisers' grant register and the recipient's own grants. */
@NullMarked
package kz.urpaq.grant.ui;

import org.jspecify.annotations.NullMarked;
