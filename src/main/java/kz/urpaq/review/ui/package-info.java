@NullMarked
package kz.urpaq.review.ui;

import org.jspecify.annotations.NullMarked;
