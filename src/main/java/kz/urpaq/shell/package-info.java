@NullMarked
package kz.urpaq.shell;

import org.jspecify.annotations.NullMarked;
