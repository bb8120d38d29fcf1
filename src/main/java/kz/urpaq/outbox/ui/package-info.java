@NullMarked
package kz.urpaq.outbox.ui;

import org.jspecify.annotations.NullMarked;
