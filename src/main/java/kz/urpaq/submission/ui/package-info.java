@NullMarked
package kz.urpaq.submission.ui;

import org.jspecify.annotations.NullMarked;
