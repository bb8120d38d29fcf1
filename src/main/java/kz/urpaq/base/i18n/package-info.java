@NullMarked
package kz.urpaq.base.i18n;

import org.jspecify.annotations.NullMarked;
