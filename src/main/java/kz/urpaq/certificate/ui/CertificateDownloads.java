package kz.urpaq.certificate.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import kz.urpaq.certificate.CertificateService;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;

/**
 * Downloads of issued PDFs, one or a competition's ZIP. The service decides again at download
 * time who may have which; the file name is the serial (letters, digits and hyphens only), always
 * as an attachment that browsers neither sniff nor cache.
 */
final class CertificateDownloads {

    private static final int NOT_FOUND = 404;
    private static final String NOSNIFF_HEADER = "X-Content-Type-Options"; // i18n-exempt: an HTTP header

    private CertificateDownloads() {
    }

    static DownloadHandler pdf(CertificateService certificates, long certificateId) {
        return event -> {
            try {
                var pdf = certificates.pdf(certificateId);
                headers(event, pdf.fileName(), "application/pdf");
                event.setContentLength(pdf.bytes().length);
                try (var out = event.getOutputStream()) {
                    out.write(pdf.bytes());
                }
            } catch (AccessDeniedException e) {
                event.getResponse().setStatus(NOT_FOUND);
            }
        };
    }

    static DownloadHandler zip(CertificateService certificates, long competitionId, String fileName) {
        return event -> {
            headers(event, fileName, "application/zip");
            try (var out = event.getOutputStream()) {
                certificates.writeZip(competitionId, out);
            }
        };
    }

    private static void headers(DownloadEvent event, String fileName, String contentType) throws IOException {
        event.setFileName(fileName);
        event.setContentType(contentType);
        var response = event.getResponse();
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        response.setHeader(NOSNIFF_HEADER, "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
