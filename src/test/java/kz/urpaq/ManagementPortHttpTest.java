package kz.urpaq;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What the load balancer and Prometheus see on the management port, and what the internet does not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementPortHttpTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext context;

    @Test
    void the_management_port_is_not_the_public_one() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
    }

    @Test
    void readiness_on_the_management_port_covers_the_database_the_attachments_and_the_outbox() throws Exception {
        var readiness = get(managementPort, "/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"readinessState\"", "\"db\"", "\"attachments\"", "\"outbox\"");
    }

    @Test
    void readiness_answers_503_while_the_instance_refuses_traffic_as_on_sigterm() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            var readiness = get(managementPort, "/actuator/health/readiness");

            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"OUT_OF_SERVICE\"");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void liveness_on_the_management_port_answers_up() throws Exception {
        var liveness = get(managementPort, "/actuator/health/liveness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheus_on_the_management_port_shows_urpaqs_own_meters_and_http_timings() throws Exception {
        get(port, "/login");

        var metrics = get(managementPort, "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("urpaq_applications_submitted_total", "urpaq_vaadin_sessions_active",
                "urpaq_outbox_backlog", "urpaq_outbox_failed", "urpaq_outbox_attempts_failed_total",
                "urpaq_certificates_batches_running", "urpaq_certificates_batch_done",
                "http_server_requests_seconds_count");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/health", "/actuator/health/readiness", "/actuator",
            "/actuator/env"})
    void the_public_port_answers_not_found_for_every_actuator_path(String path) throws Exception {
        var answer = get(port, path);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("urpaq_", "readinessState");
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
