@NullMarked
package kz.urpaq.competition;

import org.jspecify.annotations.NullMarked;
