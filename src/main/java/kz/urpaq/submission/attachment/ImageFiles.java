package kz.urpaq.submission.attachment;

import kz.urpaq.submission.attachment.AttachmentRejectedException.Reason;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;

/**
 * JPEG and PNG files kept without what cameras and editors write beside the picture (EXIF author,
 * GPS position, software, XMP, comments, ICC profile texts, thumbnails of the uncropped photo), and
 * only when they decode to a picture of a sensible size. The compressed picture data is copied byte
 * for byte: no quality is lost. Only the EXIF orientation survives, in a minimal EXIF of its own, so
 * that a phone photo stays upright.
 */
final class ImageFiles {

    /**
     * 50 megapixels: a 50 MP phone sensor (8160 × 6120) or an A4 page scanned at 600 dpi (35 MP)
     * fits; a picture declaring 50000 × 50000 does not.
     */
    static final long MAX_PIXELS = 50_000_000L;
    /** The validation decodes every row but keeps about this many pixels: memory stays small. */
    private static final long DECODED_PIXELS = 1_000_000L;
    private static final int EXIF_ORIENTATION = 0x0112;
    private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};
    /**
     * The PNG chunks that draw the picture. Everything else goes: text (tEXt, zTXt, iTXt), eXIf,
     * time, ICC profile (its name and description are free text), animation frames, private chunks.
     */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM",
            "sRGB", "sBIT", "pHYs", "bKGD");
    private static final int MAX_EXIF_BYTES = 64 * 1024;

    private ImageFiles() {
    }

    /**
     * Writes the picture of {@code source} to {@code target} without its metadata and checks that
     * the result decodes completely.
     *
     * @throws AttachmentRejectedException when it is damaged, empty or has too many pixels
     */
    static void clean(FileType type, Path source, Path target) throws IOException {
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(source)));
             var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            if (type == FileType.JPEG) {
                copyJpegPicture(in, out, true);
            } else if (type == FileType.PNG) {
                copyPngPicture(in, out);
            } else {
                throw new IllegalArgumentException(type + " is not an image");
            }
        } catch (EOFException | MalformedImageException e) {
            throw new AttachmentRejectedException(Reason.DAMAGED_IMAGE);
        }
        requireDecodable(target);
    }

    /**
     * Reads the size from the header, refuses absurd ones before decoding, then decodes every row
     * of the picture, keeping only every n-th pixel.
     */
    static void requireDecodable(Path image) throws IOException {
        try (var input = ImageIO.createImageInputStream(image.toFile())) {
            if (input == null) {
                throw new AttachmentRejectedException(Reason.DAMAGED_IMAGE);
            }
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new AttachmentRejectedException(Reason.DAMAGED_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0) {
                    throw new AttachmentRejectedException(Reason.DAMAGED_IMAGE);
                }
                if (pixels > MAX_PIXELS) {
                    throw new AttachmentRejectedException(Reason.IMAGE_TOO_LARGE);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS)));
                param.setSourceSubsampling(step, step, 0, 0);
                // A raster needs no colour conversion: CMYK JPEGs decode too.
                if (reader.canReadRaster()) {
                    reader.readRaster(0, param);
                } else {
                    reader.read(0, param);
                }
            } finally {
                reader.dispose();
            }
        } catch (AttachmentRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // ImageIO reports broken pictures with many kinds of exceptions; all mean "cannot be read".
            throw new AttachmentRejectedException(Reason.DAMAGED_IMAGE);
        }
    }

    /**
     * Copies the segments a decoder needs, from SOI to EOI, and nothing after EOI. JFIF keeps its
     * density but loses its thumbnail; Adobe's segment (colour transform) stays; EXIF is replaced by
     * the orientation alone; every other APPn segment and every comment goes.
     *
     * @param requireEnd whether a missing EOI makes the file damaged (an upload); a JPEG inside a
     *                   PDF is copied up to where it ends
     */
    static void copyJpegPicture(DataInputStream in, DataOutputStream out, boolean requireEnd) throws IOException {
        if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != 0xD8) {
            throw new MalformedImageException();
        }
        out.write(new byte[]{(byte) 0xFF, (byte) 0xD8});
        int orientation = 1;
        boolean headerWritten = false;
        int marker = nextMarker(in);
        while (true) {
            if (marker < 0) {
                if (requireEnd) {
                    throw new MalformedImageException();
                }
                return;
            }
            if (marker == 0xD9) {
                out.write(new byte[]{(byte) 0xFF, (byte) 0xD9});
                return;
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                writeMarker(out, marker);
                marker = nextMarker(in);
                continue;
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                throw new MalformedImageException();
            }
            boolean isApp = marker >= 0xE0 && marker <= 0xEF || marker == 0xFE;
            if (isApp) {
                var payload = length - 2 <= MAX_EXIF_BYTES ? readPayload(in, length - 2) : null;
                if (payload == null) {
                    in.skipNBytes(length - 2);
                } else if (marker == 0xE0 && startsWith(payload, "JFIF\0") && payload.length >= 14 && !headerWritten) {
                    var jfif = Arrays.copyOf(payload, 14);
                    jfif[12] = 0;
                    jfif[13] = 0;
                    writeSegment(out, 0xE0, jfif);
                } else if (marker == 0xE1 && startsWith(payload, "Exif\0")) {
                    orientation = orientation(Arrays.copyOfRange(payload, EXIF_HEADER.length, payload.length));
                } else if (marker == 0xEE && startsWith(payload, "Adobe") && payload.length == 12) {
                    writeSegment(out, 0xEE, payload);
                }
                marker = nextMarker(in);
                continue;
            }
            if (!headerWritten) {
                headerWritten = true;
                if (orientation != 1) {
                    var exif = new ByteArrayOutputStream();
                    exif.write(EXIF_HEADER);
                    exif.write(orientationTiff(orientation));
                    writeSegment(out, 0xE1, exif.toByteArray());
                }
            }
            boolean kept = marker >= 0xC0 && marker <= 0xCF || marker == 0xDA || marker == 0xDB || marker == 0xDC
                    || marker == 0xDD || marker == 0xDE || marker == 0xDF;
            if (!kept) {
                in.skipNBytes(length - 2);
                marker = nextMarker(in);
                continue;
            }
            writeMarker(out, marker);
            out.writeShort(length);
            copy(in, out, length - 2);
            marker = marker == 0xDA ? copyScan(in, out) : nextMarker(in);
        }
    }

    /** Copies entropy-coded data up to the next marker that is not a restart or a stuffed byte. */
    private static int copyScan(DataInputStream in, DataOutputStream out) throws IOException {
        while (true) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            if (b != 0xFF) {
                out.write(b);
                continue;
            }
            int next = in.read();
            while (next == 0xFF) {
                next = in.read();
            }
            if (next < 0) {
                return -1;
            }
            if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
                out.write(0xFF);
                out.write(next);
                continue;
            }
            return next;
        }
    }

    /** The next marker, skipping fill bytes; -1 at the end of the input. */
    private static int nextMarker(DataInputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            return -1;
        }
        if (b != 0xFF) {
            throw new MalformedImageException();
        }
        int marker;
        do {
            marker = in.read();
        } while (marker == 0xFF);
        return marker;
    }

    /** The orientation in an EXIF TIFF block, 1 (upright) when there is none or it cannot be read. */
    static int orientation(byte[] tiff) {
        try {
            var buffer = ByteBuffer.wrap(tiff);
            if (tiff[0] == 'I' && tiff[1] == 'I') {
                buffer.order(ByteOrder.LITTLE_ENDIAN);
            } else if (tiff[0] != 'M' || tiff[1] != 'M') {
                return 1;
            }
            int ifd = buffer.getInt(4);
            int entries = Short.toUnsignedInt(buffer.getShort(ifd));
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + 12 * i;
                if (Short.toUnsignedInt(buffer.getShort(entry)) == EXIF_ORIENTATION) {
                    int value = Short.toUnsignedInt(buffer.getShort(entry + 8));
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
        return 1;
    }

    /** A big-endian TIFF block with one IFD holding only the orientation. */
    static byte[] orientationTiff(int orientation) {
        var buffer = ByteBuffer.allocate(26);
        buffer.put(new byte[]{'M', 'M', 0, 42}).putInt(8)
                .putShort((short) 1)
                .putShort((short) EXIF_ORIENTATION).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        return buffer.array();
    }

    /** Copies the chunks that draw the picture, from the signature to IEND, and nothing after it. */
    private static void copyPngPicture(DataInputStream in, DataOutputStream out) throws IOException {
        var signature = in.readNBytes(FileInspector.PNG.length);
        if (!Arrays.equals(signature, FileInspector.PNG)) {
            throw new MalformedImageException();
        }
        out.write(FileInspector.PNG);
        boolean first = true;
        while (true) {
            int length = in.readInt();
            var typeBytes = in.readNBytes(4);
            if (length < 0 || typeBytes.length < 4) {
                throw new MalformedImageException();
            }
            var type = new String(typeBytes, StandardCharsets.ISO_8859_1);
            if (first != type.equals("IHDR")) {
                throw new MalformedImageException();
            }
            first = false;
            if (type.equals("eXIf") && length <= MAX_EXIF_BYTES) {
                int orientation = orientation(readPayload(in, length));
                in.readInt();
                if (orientation != 1) {
                    writeChunk(out, "eXIf", orientationTiff(orientation));
                }
            } else if (PNG_KEPT.contains(type)) {
                out.writeInt(length);
                out.write(typeBytes);
                copy(in, out, length + 4L);
            } else {
                in.skipNBytes(length + 4L);
            }
            if (type.equals("IEND")) {
                return;
            }
        }
    }

    private static void writeChunk(DataOutputStream out, String type, byte[] data) throws IOException {
        var typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    private static byte[] readPayload(DataInputStream in, int length) throws IOException {
        var payload = new byte[length];
        in.readFully(payload);
        return payload;
    }

    private static void writeMarker(OutputStream out, int marker) throws IOException {
        out.write(0xFF);
        out.write(marker);
    }

    private static void writeSegment(DataOutputStream out, int marker, byte[] payload) throws IOException {
        writeMarker(out, marker);
        out.writeShort(payload.length + 2);
        out.write(payload);
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        var buffer = new byte[8192];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException();
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return FileInspector.startsWith(bytes, prefix.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The structure of the file is broken: it is not what its first bytes claim. */
    static final class MalformedImageException extends IOException {
        MalformedImageException() {
            super("malformed image structure");
        }
    }
}
