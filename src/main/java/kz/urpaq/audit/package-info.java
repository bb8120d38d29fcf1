@NullMarked
package kz.urpaq.audit;

import org.jspecify.annotations.NullMarked;
