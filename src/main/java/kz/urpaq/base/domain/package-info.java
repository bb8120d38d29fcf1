@NullMarked
package kz.urpaq.base.domain;

import org.jspecify.annotations.NullMarked;
