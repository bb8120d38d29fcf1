@NullMarked
package kz.urpaq.demo;

import org.jspecify.annotations.NullMarked;
