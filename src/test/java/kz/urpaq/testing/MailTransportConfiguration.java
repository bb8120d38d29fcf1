package kz.urpaq.testing;

import kz.urpaq.notification.MailTransport;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Picked up by component scanning, like {@link MutableClockConfiguration}: no extra Spring context. */
@Configuration(proxyBeanMethods = false)
public class MailTransportConfiguration {

    @Bean
    @Primary
    SwitchableMailTransport switchableMailTransport(@Qualifier("mailTransport") MailTransport standard) {
        return new SwitchableMailTransport(standard);
    }
}
