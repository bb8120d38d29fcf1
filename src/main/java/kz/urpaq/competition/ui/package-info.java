@NullMarked
package kz.urpaq.competition.ui;

import org.jspecify.annotations.NullMarked;
