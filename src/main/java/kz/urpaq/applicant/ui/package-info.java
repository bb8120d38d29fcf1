@NullMarked
package kz.urpaq.applicant.ui;

import org.jspecify.annotations.NullMarked;
