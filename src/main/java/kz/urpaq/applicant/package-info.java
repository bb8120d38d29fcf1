@NullMarked
package kz.urpaq.applicant;

import org.jspecify.annotations.NullMarked;
