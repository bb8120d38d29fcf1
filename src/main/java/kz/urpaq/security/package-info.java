@NullMarked
package kz.urpaq.security;

import org.jspecify.annotations.NullMarked;
