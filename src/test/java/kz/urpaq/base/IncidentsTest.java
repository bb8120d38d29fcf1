package kz.urpaq.base;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentsTest {

    @Test
    void the_incident_code_is_a_field_of_the_log_record_and_does_not_stay_on_the_thread() {
        var logger = (Logger) LoggerFactory.getLogger(Incidents.class);
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try {
            var code = Incidents.record("while testing", new IllegalStateException("boom"));

            assertThat(appender.list).singleElement()
                    .satisfies(event -> assertThat(event.getMDCPropertyMap()).containsEntry(Incidents.MDC_KEY, code));
            assertThat(MDC.get(Incidents.MDC_KEY)).isNull();
        } finally {
            logger.detachAppender(appender);
        }
    }
}
