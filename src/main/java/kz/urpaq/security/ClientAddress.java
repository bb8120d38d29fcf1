package kz.urpaq.security;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * The network address the current request came from; in production the proxy's forwarded
 * header names it ({@code server.forward-headers-strategy}). Empty outside a request: start-up
 * work and tests that call services directly, which no visitor can reach.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static Optional<String> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest().getRemoteAddr()) : Optional.empty();
    }
}
