@NullMarked
package kz.urpaq.submission.conversation.ui;

import org.jspecify.annotations.NullMarked;
