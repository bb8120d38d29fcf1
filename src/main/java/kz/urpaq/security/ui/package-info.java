@NullMarked
package kz.urpaq.security.ui;

import org.jspecify.annotations.NullMarked;
