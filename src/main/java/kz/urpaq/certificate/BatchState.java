package kz.urpaq.certificate;

/** Where a certificate batch is: being worked by some instance, finished, or finished with failures. */
public enum BatchState {
    RUNNING, DONE, FAILED
}
