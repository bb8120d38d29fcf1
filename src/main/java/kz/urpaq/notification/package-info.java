@NullMarked
package kz.urpaq.notification;

import org.jspecify.annotations.NullMarked;
