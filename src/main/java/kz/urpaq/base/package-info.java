@NullMarked
package kz.urpaq.base;

import org.jspecify.annotations.NullMarked;
