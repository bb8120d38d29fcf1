@NullMarked
package kz.urpaq.base.ui;

import org.jspecify.annotations.NullMarked;
