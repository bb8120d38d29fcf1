package kz.urpaq.submission.attachment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;

/**
 * {@code urpaq.attachments.store=s3} keeps attachments in an S3-compatible object store instead of
 * the database (docs/decisions/025-object-store.md); {@code urpaq.attachments.migrate-to-s3} then
 * copies the database's files there once, verifies each and stops the app.
 */
@Configuration
@ConditionalOnProperty(name = "urpaq.attachments.store", havingValue = "s3")
class ObjectStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ObjectStoreConfiguration.class);

    @Bean(destroyMethod = "close")
    S3Client attachmentsS3Client(@Value("${urpaq.attachments.s3.endpoint:}") String endpoint,
                                 @Value("${urpaq.attachments.s3.region:us-east-1}") String region,
                                 @Value("${urpaq.attachments.s3.access-key:}") String accessKey,
                                 @Value("${urpaq.attachments.s3.secret-key:}") String secretKey,
                                 @Value("${urpaq.attachments.s3.path-style:true}") boolean pathStyle) {
        return client(endpoint, region, accessKey, secretKey, pathStyle);
    }

    /**
     * Checksums only where S3 requires them: since SDK 2.30 every upload otherwise carries a
     * CRC32 trailer in aws-chunked encoding, which not every S3-compatible server reads.
     */
    static S3Client client(String endpoint, String region, String accessKey, String secretKey, boolean pathStyle) {
        var builder = S3Client.builder()
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(accessKey.isBlank() ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    @Bean
    @Primary
    S3AttachmentStore s3AttachmentStore(S3Client attachmentsS3Client,
                                        @Value("${urpaq.attachments.s3.bucket:urpaq}") String bucket,
                                        @Value("${urpaq.attachments.s3.prefix:attachments/}") String prefix,
                                        @Value("${urpaq.attachments.s3.create-bucket:false}") boolean createBucket) {
        var store = new S3AttachmentStore(attachmentsS3Client, bucket, prefix);
        if (createBucket) {
            store.ensureBucket();
        }
        return store;
    }

    @Bean
    @ConditionalOnProperty(name = "urpaq.attachments.migrate-to-s3")
    ApplicationRunner attachmentsToS3(JdbcClient jdbc, DatabaseAttachmentStore database, S3AttachmentStore s3,
                                      ConfigurableApplicationContext context) {
        return arguments -> {
            var report = new AttachmentMigration(jdbc, database, s3).migrate();
            log.info("Attachments to the object store: {} copied and verified, {} already there, {} failed",
                    report.copied(), report.alreadyThere(), report.failed().size());
            report.failed().forEach(failure -> log.error("Not migrated: {}", failure));
            int code = report.failed().isEmpty() ? 0 : 1;
            System.exit(SpringApplication.exit(context, () -> code));
        };
    }
}
