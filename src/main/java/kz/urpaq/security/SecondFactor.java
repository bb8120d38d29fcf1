package kz.urpaq.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** An account's TOTP app and its unused recovery codes (docs/domain.md §12). */
@Entity
@Table(name = "second_factor")
class SecondFactor {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @ElementCollection
    @CollectionTable(name = "second_factor_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash", nullable = false, length = 64)
    private Set<String> recoveryCodeHashes = new HashSet<>();

    @Version
    private long version;

    protected SecondFactor() {
    }

    SecondFactor(long accountId, String secret, Instant enrolledAt, Set<String> recoveryCodeHashes) {
        this.accountId = accountId;
        this.secret = secret;
        this.enrolledAt = enrolledAt;
        this.recoveryCodeHashes = new HashSet<>(recoveryCodeHashes);
    }

    long accountId() {
        return accountId;
    }

    String secret() {
        return secret;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }

    long lastUsedStep() {
        return lastUsedStep;
    }

    /** A code of this step was accepted: no code of it or of an earlier step is accepted again. */
    void used(long step) {
        lastUsedStep = Math.max(lastUsedStep, step);
    }

    int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    /** Takes the recovery code out if it is one of this factor's: each works once. */
    boolean useRecoveryCode(String hash) {
        return recoveryCodeHashes.remove(hash);
    }

    void replaceRecoveryCodes(Set<String> hashes) {
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(hashes);
    }
}
