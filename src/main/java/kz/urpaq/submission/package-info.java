@NullMarked
package kz.urpaq.submission;

import org.jspecify.annotations.NullMarked;
