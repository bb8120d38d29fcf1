@NullMarked
package kz.urpaq.organiser;

import org.jspecify.annotations.NullMarked;
