package kz.urpaq.testing;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

import java.net.URI;
import java.util.Properties;

/**
 * An S3 server in the test JVM: S3Proxy over its in-memory ("transient") store, on a free port,
 * with signature-v4 credentials like a real one. Started once per JVM, on first use.
 */
public final class InJvmS3 {

    public static final String ACCESS_KEY = "urpaq-test-access";
    public static final String SECRET_KEY = "urpaq-test-secret-key";

    private static S3Proxy server;

    private InJvmS3() {
    }

    /** The endpoint, such as {@code http://127.0.0.1:41234}. */
    public static synchronized String endpoint() {
        if (server == null) {
            try {
                var proxy = S3Proxy.builder()
                        .blobStore(BlobStores.create("transient", new Properties()))
                        .endpoint(URI.create("http://127.0.0.1:0"))
                        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                        .build();
                proxy.start();
                for (int i = 0; i < 200 && !"STARTED".equals(proxy.getState()); i++) {
                    Thread.sleep(25);
                }
                server = proxy;
            } catch (Exception e) {
                throw new IllegalStateException("S3Proxy did not start", e);
            }
        }
        return "http://127.0.0.1:" + server.getPort();
    }
}
