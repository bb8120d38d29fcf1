@NullMarked
package kz.urpaq.review;

import org.jspecify.annotations.NullMarked;
