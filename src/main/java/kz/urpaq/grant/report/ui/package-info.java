@NullMarked
package kz.urpaq.grant.report.ui;

import org.jspecify.annotations.NullMarked;
