@NullMarked
package kz.urpaq.submission.attachment.ui;

import org.jspecify.annotations.NullMarked;
