package kz.urpaq.notification;

/** The embedded default's transport: mail is written to the log, links included, and never fails. */
class LogTransport implements MailTransport {

    private final MailLog mailLog;

    LogTransport(MailLog mailLog) {
        this.mailLog = mailLog;
    }

    @Override
    public String name() {
        return "log";
    }

    @Override
    public boolean immediate() {
        return true;
    }

    @Override
    public void send(Mail mail, String messageId) {
        mailLog.writeToLog(mail, messageId);
    }
}
