package kz.urpaq.base.personal;

import java.io.IOException;
import java.io.InputStream;

/** One file of an account's data, under its path in the export's {@code files/} folder. */
public record PersonalFile(String path, Content content) {

    /** Opens the file's bytes; the caller closes the stream. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
