package kz.urpaq.security;

import kz.urpaq.base.personal.PersonalDataSection;
import kz.urpaq.base.personal.PersonalDataSubject;
import kz.urpaq.base.personal.PersonalRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The account itself: address, name, roles, language, the privacy notice versions it accepted,
 * when a second factor was set up, when its sessions kept on other instances began and were last active. Erasing keeps the row (results point at it) as the label, with
 * an address nobody owns, a password nobody knows, signed in nowhere and unable to sign in.
 */
@Component
@Order // last: the others may still read what they need of the account
class AccountPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;

    AccountPersonalData(JdbcClient jdbc, UserAccountRepository accounts, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public String name() {
        return "account";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(PersonalDataSubject subject) {
        var id = subject.accountId();
        var tables = new LinkedHashMap<String, List<Map<String, Object>>>();
        tables.put("user_account", PersonalRows.rows(jdbc, "select * from user_account where id = ?",
                Set.of("password_hash", "session_stamp", "version"), id));
        tables.put("user_account_role", PersonalRows.rows(jdbc, "select * from user_account_role where account_id = ?", id));
        tables.put("privacy_acceptance", PersonalRows.rows(jdbc,
                "select notice_version, accepted_at from privacy_acceptance where account_id = ? order by accepted_at", id));
        tables.put("second_factor", PersonalRows.rows(jdbc,
                "select enrolled_at from second_factor where account_id = ?", id));
        tables.put("account_token", PersonalRows.rows(jdbc,
                "select purpose, created_at, expires_at, used_at from account_token where account_id = ?", id));
        tables.put("session_key", PersonalRows.rows(jdbc,
                "select signed_in_at, last_activity_at from session_key where account_id = ? order by id", id));
        return tables;
    }

    @Override
    @Transactional
    public void erase(PersonalDataSubject subject, String label) {
        var account = accounts.findById(subject.accountId()).orElseThrow();
        if (account.getEmail().equals(deletedAddress(subject.accountId()))) {
            return;
        }
        account.anonymise(deletedAddress(subject.accountId()), label, passwords.encode(UUID.randomUUID().toString()));
        jdbc.sql("delete from second_factor_recovery_code where account_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from second_factor where account_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from account_token where account_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from session_key where account_id = ?").param(subject.accountId()).update();
    }

    /** An address no one can own ({@code .invalid}, RFC 2606), unique per account. */
    static String deletedAddress(long accountId) {
        return "deleted-" + accountId + "@deleted.invalid";
    }
}
