package kz.urpaq.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import kz.urpaq.base.i18n.Language;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A person who signs in: applicant, juror, administrator, or several of these. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int DISPLAY_NAME_MAX_LENGTH = 200;

    @Column(nullable = false, length = EMAIL_MAX_LENGTH, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = Language.DEFAULT.code();

    @Column(nullable = false)
    private boolean enabled = true;

    /** Set for a password someone else chose (the first administrator's, from the environment). */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "email_confirmed_at")
    private @Nullable Instant emailConfirmedAt;

    @Column(name = "session_stamp", nullable = false)
    private long sessionStamp;

    protected UserAccount() {
        this.email = "";
        this.passwordHash = "";
        this.displayName = "";
        this.createdAt = Instant.EPOCH;
    }

    public UserAccount(String email, String passwordHash, String displayName, Set<Role> roles, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.passwordHash = passwordHash;
        this.displayName = displayName.strip();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    /** Replaces the roles: an administrator's decision, checked and audited by {@link AccountService}. */
    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public Language getPreferredLanguage() {
        return Language.of(preferredLanguage);
    }

    public void setPreferredLanguage(Language language) {
        this.preferredLanguage = language.code();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    public @Nullable Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    /** Marks the address as confirmed; true the first time, a later confirmation keeps the first instant. */
    boolean confirmEmail(Instant now) {
        if (emailConfirmedAt != null) {
            return false;
        }
        emailConfirmedAt = now;
        return true;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    void requirePasswordChange() {
        mustChangePassword = true;
    }

    /** A password its owner chose ends every session the old one opened; any requirement to change it is met. */
    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
        endSessions();
    }

    /**
     * The stamp a session copies at sign-in; it is still signed in only while the account's stamp
     * is the same (docs/domain.md §12).
     */
    public long getSessionStamp() {
        return sessionStamp;
    }

    /** Ends every session of this account, on whichever instance it lives, at its next request. */
    void endSessions() {
        sessionStamp++;
    }

    /**
     * What stays of a deleted or retired account (SPEC §15): the row, for the results that point at
     * it, under a label, with an address nobody owns and a password nobody knows; it cannot sign in
     * and every session it had ends.
     */
    void anonymise(String address, String label, String unknownPasswordHash) {
        this.email = address;
        this.displayName = label;
        this.passwordHash = unknownPasswordHash;
        this.enabled = false;
        this.emailConfirmedAt = null;
        endSessions();
    }

    void rename(String displayName) {
        this.displayName = displayName.strip();
    }
}
