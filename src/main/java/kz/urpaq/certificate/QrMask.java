package kz.urpaq.certificate;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import java.util.Map;

/**
 * The QR code zxing makes at level M, with the mask zxing would choose, found at a fraction of the
 * cost. zxing builds all eight masked matrices and scores each; here the code is built once with
 * mask 0 and the other seven are derived from it, since a mask only flips data modules and
 * rewrites the format bits; the best of them is the code. The scoring is zxing's ({@code MaskUtil}'s four rules, the first lowest
 * score wins), on rows held as bits. Versions 1 to 6 only (one alignment pattern, no version
 * information): a longer address is left to zxing.
 */
final class QrMask {

    private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;
    private static final int LAST_VERSION = 6;
    private static final int LARGEST = 17 + 4 * LAST_VERSION;
    /** Per mask and row, the modules the mask flips (columns beyond the code's width are cut off by the data rows). */
    private static final long[][] MASKS = new long[QRCode.NUM_MASK_PATTERNS][LARGEST];

    static {
        for (int mask = 0; mask < QRCode.NUM_MASK_PATTERNS; mask++) {
            for (int y = 0; y < LARGEST; y++) {
                MASKS[mask][y] = maskRow(mask, y, LARGEST);
            }
        }
    }
    /** Where zxing puts format bit i (x, y), the first copy. */
    private static final int[][] FORMAT = {{8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8},
            {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8}};

    private QrMask() {
    }

    /** The encoded code, module for module what {@code Encoder.encode(text, M)} gives. */
    static ByteMatrix encode(String text) throws WriterException {
        QRCode first = Encoder.encode(text, LEVEL, Map.of(EncodeHintType.QR_MASK_PATTERN, 0));
        int version = first.getVersion().getVersionNumber();
        if (version > LAST_VERSION) {
            return Encoder.encode(text, LEVEL).getMatrix();
        }
        int n = first.getMatrix().getWidth();
        long[] rows = choose(first.getMatrix(), version);
        ByteMatrix matrix = new ByteMatrix(n, n);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                matrix.set(x, y, (int) (rows[y] >>> x & 1));
            }
        }
        return matrix;
    }

    /** The rows of the code with the mask zxing's {@code chooseMaskPattern} picks, from the code built with mask 0. */
    static long[] choose(ByteMatrix masked0, int version) {
        int n = masked0.getWidth();
        long[] rows = new long[n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (masked0.get(x, y) == 1) {
                    rows[y] |= 1L << x;
                }
            }
        }
        long[] data = dataModules(n, version);
        long[] best = rows;
        int minPenalty = Integer.MAX_VALUE;
        for (int mask = 0; mask < QRCode.NUM_MASK_PATTERNS; mask++) {
            long[] candidate = new long[n];
            for (int y = 0; y < n; y++) {
                candidate[y] = rows[y] ^ ((MASKS[0][y] ^ MASKS[mask][y]) & data[y]);
            }
            int format = formatBits(mask);
            for (int i = 0; i < FORMAT.length; i++) {
                boolean bit = (format >>> i & 1) == 1;
                set(candidate, FORMAT[i][0], FORMAT[i][1], bit);
                if (i < 8) {
                    set(candidate, n - i - 1, 8, bit);
                } else {
                    set(candidate, 8, n - 7 + (i - 8), bit);
                }
            }
            int penalty = penalty(candidate, n);
            if (penalty < minPenalty) {
                minPenalty = penalty;
                best = candidate;
            }
        }
        return best;
    }

    private static void set(long[] rows, int x, int y, boolean dark) {
        rows[y] = dark ? rows[y] | 1L << x : rows[y] & ~(1L << x);
    }

    /** Rows of bits: the modules that are neither finder, separator, timing, alignment nor format. */
    private static long[] dataModules(int n, int version) {
        long[] rows = new long[n];
        long all = (1L << n) - 1;
        for (int y = 0; y < n; y++) {
            long function = 1L << 6;
            if (y == 6) {
                function = all;
            }
            if (y <= 8) {
                function |= (1L << 9) - 1 | ((1L << 8) - 1) << (n - 8);
            }
            if (y >= n - 8) {
                function |= (1L << 9) - 1;
            }
            if (version >= 2 && y >= n - 9 && y <= n - 5) {
                function |= 0x1FL << (n - 9);
            }
            rows[y] = all & ~function;
        }
        return rows;
    }

    /** zxing's {@code MaskUtil.getDataMaskBit} for one row: the modules the mask flips. */
    private static long maskRow(int mask, int y, int n) {
        long row = 0;
        for (int x = 0; x < n; x++) {
            int temp = y * x;
            int intermediate = switch (mask) {
                case 0 -> (y + x) & 1;
                case 1 -> y & 1;
                case 2 -> x % 3;
                case 3 -> (y + x) % 3;
                case 4 -> ((y / 2) + (x / 3)) & 1;
                case 5 -> (temp & 1) + (temp % 3);
                case 6 -> ((temp & 1) + (temp % 3)) & 1;
                default -> ((temp % 3) + ((y + x) & 1)) & 1;
            };
            if (intermediate == 0) {
                row |= 1L << x;
            }
        }
        return row;
    }

    /** The 15 format bits for level M (bits 00) and the mask: BCH(15, 5) with 0x537, then 0x5412. */
    private static int formatBits(int mask) {
        int value = mask << 10;
        int poly = 0x537;
        while (msb(value) >= msb(poly)) {
            value ^= poly << (msb(value) - msb(poly));
        }
        return ((mask << 10) | value) ^ 0x5412;
    }

    private static int msb(int value) {
        return 32 - Integer.numberOfLeadingZeros(value);
    }

    /** zxing's {@code MaskUtil}: runs of five or more, 2×2 blocks, finder-like patterns, dark share. */
    static int penalty(long[] rows, int n) {
        long[] cols = new long[n];
        int dark = 0;
        for (int y = 0; y < n; y++) {
            dark += Long.bitCount(rows[y]);
            for (int x = 0; x < n; x++) {
                if ((rows[y] >>> x & 1) == 1) {
                    cols[x] |= 1L << y;
                }
            }
        }
        int penalty = 0;
        long pairs = (1L << (n - 1)) - 1;
        for (int i = 0; i < n; i++) {
            penalty += runs(rows[i], n) + runs(cols[i], n) + 40 * (finderLike(rows[i], n) + finderLike(cols[i], n));
            if (i + 1 < n) {
                long a = rows[i];
                long b = rows[i + 1];
                long same = ~(a ^ b) & ~(a ^ a >>> 1) & ~(b ^ b >>> 1) & pairs;
                penalty += 3 * Long.bitCount(same);
            }
        }
        int total = n * n;
        return penalty + Math.abs(dark * 2 - total) * 10 / total * 10;
    }

    private static int runs(long line, int n) {
        int penalty = 0;
        int same = 0;
        long previous = -1;
        for (int i = 0; i < n; i++) {
            long bit = line >>> i & 1;
            if (bit == previous) {
                same++;
            } else {
                if (same >= 5) {
                    penalty += 3 + (same - 5);
                }
                same = 1;
                previous = bit;
            }
        }
        return same >= 5 ? penalty + 3 + (same - 5) : penalty;
    }

    /** Dark-light-dark-dark-dark-light-dark with four light modules on one side, inside the code. */
    private static int finderLike(long line, int n) {
        int count = 0;
        for (int x = 0; x + 6 < n; x++) {
            if ((line >>> x & 0x7F) == 0x5D
                    && (light(line, x - 4, x, n) || light(line, x + 7, x + 11, n))) {
                count++;
            }
        }
        return count;
    }

    /** Whether modules from to to (exclusive) are all light; zxing counts the edge as not light. */
    private static boolean light(long line, int from, int to, int n) {
        return from >= 0 && to <= n && (line & ((1L << (to - from)) - 1) << from) == 0;
    }
}
