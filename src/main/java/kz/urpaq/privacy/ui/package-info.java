@NullMarked
package kz.urpaq.privacy.ui;

import org.jspecify.annotations.NullMarked;
