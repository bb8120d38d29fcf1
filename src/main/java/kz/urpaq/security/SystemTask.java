package kz.urpaq.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs start-up work (first administrator, demo data) through the same secured services that
 * people use, as an administrator named "system", so that no service needs an unsecured door.
 */
public final class SystemTask {

    private SystemTask() {
    }

    public static <T> T run(Supplier<T> task) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication());
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Whether the authentication is a system task's rather than a person's. */
    static boolean isSystem(@Nullable Authentication authentication) {
        return authentication instanceof SystemAuthentication;
    }

    /** An administrator of every organiser and of the platform, named "system"; a type of its own, so that nobody's sign-in can pass for it. */
    private static final class SystemAuthentication extends UsernamePasswordAuthenticationToken {

        SystemAuthentication() {
            super("system", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()),
                    new SimpleGrantedAuthority(Role.PLATFORM.authority())));
        }
    }

    public static void run(Runnable task) {
        run(() -> {
            task.run();
            return null;
        });
    }
}
