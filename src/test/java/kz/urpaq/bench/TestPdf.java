package kz.urpaq.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Random;

/**
 * A valid one-page PDF of about the asked size, different for every tag: a line of text and a
 * stream of random bytes (as incompressible as a real scan, so the database stores the full size).
 * Written by hand with a correct cross-reference table, because making a thousand of them with
 * PDFBox would load the load generator more than the app.
 */
final class TestPdf {

    private TestPdf() {
    }

    static byte[] of(int size, String tag) {
        var random = new Random(tag.hashCode());
        var filler = new byte[Math.max(0, size - 1_000)];
        random.nextBytes(filler);
        var text = "BT /F1 18 Tf 72 720 Td (Project description " + tag.replaceAll("[()\\\\]", "") + ") Tj ET";
        var objects = new ArrayList<byte[]>();
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
        objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>"));
        objects.add(stream(ascii(text)));
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
        objects.add(stream(filler));
        var out = new ByteArrayOutputStream(size + 4_096);
        out.writeBytes(ascii("%PDF-1.4\n%\u00e2\u00e3\n"));
        var offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(ascii((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(ascii("\nendobj\n"));
        }
        var xref = out.size();
        var table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (var offset : offsets) {
            table.append("%010d 00000 n \n".formatted(offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return out.toByteArray();
    }

    private static byte[] stream(byte[] content) {
        var out = new ByteArrayOutputStream(content.length + 64);
        out.writeBytes(ascii("<< /Length " + content.length + " >>\nstream\n"));
        out.writeBytes(content);
        out.writeBytes(ascii("\nendstream"));
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
