package kz.urpaq.certificate;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QrMaskTest {

    /** Short texts for versions 1 and 2, the addresses of four bases, and one past version 6 for zxing's own path. */
    @Test
    void qr_codes_are_module_for_module_the_ones_zxing_makes_with_its_own_mask_choice() throws Exception {
        Set<Integer> masks = new HashSet<>();
        Set<Integer> versions = new HashSet<>();
        String[] bases = {"", "http://a.kz", "https://urpaq.example.kz", "https://konkurs.zhastar.almaty-oblysy.gov.kz",
                "https://urpaq.example.kz/a/very/long/prefix/that/needs/a/bigger/version/of/the/code/than/six"};
        for (int i = 0; i < 3_000; i++) {
            String code = VerificationCodes.next();
            String text = i % 6 == 5 ? code.substring(0, i % 22 + 1) : bases[i % bases.length] + "/verify/" + code;
            QRCode expected = Encoder.encode(text, ErrorCorrectionLevel.M);
            masks.add(expected.getMaskPattern());
            versions.add(expected.getVersion().getVersionNumber());
            assertThat(QrMask.encode(text).toString()).as(text).isEqualTo(expected.getMatrix().toString());
        }
        assertThat(masks).as("every mask was chosen at least once").hasSize(QRCode.NUM_MASK_PATTERNS);
        assertThat(versions).as("versions tried").contains(1, 2, 3, 4, 5, 7);
    }
}
