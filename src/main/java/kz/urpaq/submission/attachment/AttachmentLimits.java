package kz.urpaq.submission.attachment;

/** How much an application may hold, from its competition's settings, and how much it holds. */
public record AttachmentLimits(long maxFileBytes, long maxApplicationBytes, long usedBytes) {

    public long remainingBytes() {
        return Math.max(0, maxApplicationBytes - usedBytes);
    }
}
