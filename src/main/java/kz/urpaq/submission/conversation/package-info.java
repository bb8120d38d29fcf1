@NullMarked
package kz.urpaq.submission.conversation;

import org.jspecify.annotations.NullMarked;
