package kz.urpaq.security;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The QR code of a second-factor key address, as an SVG {@code data:} address for an image: drawn
 * from ZXing's matrix in the page itself, so the secret goes to no other server and is stored nowhere.
 */
public final class KeyQrCode {

    private KeyQrCode() {
    }

    public static String dataAddress(SecondFactorService.NewFactor factor) {
        try {
            var matrix = new QRCodeWriter().encode(factor.keyUri(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            var path = new StringBuilder();
            for (var y = 0; y < matrix.getHeight(); y++) {
                for (var x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            var svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + matrix.getWidth() + " "
                    + matrix.getHeight() + "' shape-rendering='crispEdges'><rect width='100%' height='100%' fill='#fff'/>"
                    + "<path fill='#000' d='" + path + "'/></svg>";
            return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        } catch (WriterException e) {
            throw new IllegalStateException("no QR code for a key address", e);
        }
    }
}
