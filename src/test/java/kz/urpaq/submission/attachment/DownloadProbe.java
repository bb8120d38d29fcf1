package kz.urpaq.submission.attachment;

import jakarta.servlet.http.HttpServletResponse;
import kz.urpaq.submission.attachment.AttachmentDownloadController;
import org.springframework.context.ApplicationContext;

import java.io.IOException;

/** Calls the download controller directly, as the signed-in test user: for tests in other packages. */
public final class DownloadProbe {

    private DownloadProbe() {
    }

    public static void review(ApplicationContext context, long attachmentId, HttpServletResponse response)
            throws IOException {
        context.getBean(AttachmentDownloadController.class).review(attachmentId, response);
    }

    public static void owner(ApplicationContext context, long attachmentId, HttpServletResponse response)
            throws IOException {
        context.getBean(AttachmentDownloadController.class).download(attachmentId, response);
    }
}
