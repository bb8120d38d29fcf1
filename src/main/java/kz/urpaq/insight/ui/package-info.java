@NullMarked
package kz.urpaq.insight.ui;

import org.jspecify.annotations.NullMarked;
