package kz.urpaq.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet parses as a whole: a brace lost in a merge makes the browser drop every rule
 * after it, silently (it happened once, and phone layouts broke).
 */
class StylesheetTest {

    @Test
    void every_block_of_the_stylesheet_is_closed() throws IOException {
        var css = Files.readString(Path.of("frontend/styles/urpaq.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (var c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("closing brace without an opening one, line %d", line).isNotNegative();
        }
        assertThat(depth).as("blocks left open at the end of the file").isZero();
    }
}
