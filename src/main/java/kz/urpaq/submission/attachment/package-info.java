@NullMarked
package kz.urpaq.submission.attachment;

import org.jspecify.annotations.NullMarked;
