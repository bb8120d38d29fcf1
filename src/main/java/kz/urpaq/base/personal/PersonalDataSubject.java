package kz.urpaq.base.personal;

/** Whose data: the account and its e-mail address as they were before anything was erased. */
public record PersonalDataSubject(long accountId, String email) {
}
