/**
 * The outbox (domain.md §10): every mail a room hands to the {@link kz.urpaq.notification.Mailer}
 * is a row here first, written in the transaction of the change that causes it, and leaves later,
 * outside any request, with retries, once per row whichever instance sends it. Administrators see
 * and resend it at {@code /admin/mail}.
 */
@NullMarked
package kz.urpaq.outbox;

import org.jspecify.annotations.NullMarked;
