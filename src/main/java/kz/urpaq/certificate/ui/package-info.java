/** Certificate pages: the administrators' issue page, "my certificates" and public verification. */
@NullMarked
package kz.urpaq.certificate.ui;

import org.jspecify.annotations.NullMarked;
