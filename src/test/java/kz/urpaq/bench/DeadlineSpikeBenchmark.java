package kz.urpaq.bench;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Deadline day (docs/benchmarks.md §1): virtual applicants who sign in, open their draft, change
 * three fields, upload a 2 MB PDF and submit, arriving evenly over the ramp, each spreading the
 * steps over about 1.25 ramps with pauses (people read and type), so the number of applicants in
 * the middle of their flow climbs to nearly all of them at the ramp's end. {@code spike.shape=rising}
 * makes the arrival rate climb from zero instead, to find where the app stops keeping up. Drives the
 * production jar over Vaadin's real HTTP protocol ({@link VaadinSession}), one virtual thread per
 * applicant. Run by {@code src/bench/deadline-spike.sh}, which starts the jar, seeds the accounts,
 * samples CPU and heap, and checks the database afterwards against the checksums written here.
 *
 * <p>Prints: per step the count and p50/p95/p99/max; per 30-second window the applicants in
 * their flow, steps done, p95 and errors; the first window whose p95 passed 1 s; the errors.
 */
class DeadlineSpikeBenchmark {

    enum Step { SIGN_IN, OPEN_DRAFT, CHANGE_FIELD, UPLOAD, SUBMIT, CONFIRM, REOPEN, SIGN_IN_AGAIN }

    /** HAProxy's stickiness cookie (src/main/ops/haproxy/haproxy.cfg) and Urpaq's session key. */
    private static final String NODE_COOKIE = "URPAQ_NODE";
    private static final String KEY_COOKIE = "URPAQ_SESSION_KEY";

    /** One virtual applicant as the kill sees it: which instance, whether reading (and can be woken). */
    static final class Applicant {
        final VaadinSession session;
        final java.util.concurrent.atomic.AtomicReference<String> node = new java.util.concurrent.atomic.AtomicReference<>("?");
        volatile boolean pausing;
        volatile boolean failed;
        volatile boolean submittedBeforeReload;
        volatile String nodeAtKill = "not in flow";

        Applicant(VaadinSession session) {
            this.session = session;
        }
    }

    /** A step that failed and was taken again after a reload: from its first try to its success. */
    static final class Recovery {
        volatile String node;
        final long startNanos;
        volatile long doneNanos;
        volatile boolean password;

        Recovery(String node, long startNanos) {
            this.node = node;
            this.startNanos = startNanos;
        }
    }

    private static final int WINDOW_SECONDS = 30;
    /** What ApplicationView runs in the browser after every save of the draft. */
    private static final String SAVED = "$urpaqDraftSaved";
    private static final String PASSWORD = System.getProperty("spike.password", "bench-admin-password-123");

    record Account(String email, long applicationId) {
    }

    record Sample(Step step, long startNanos, long millis, boolean ok) {
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> checksums = new ConcurrentLinkedQueue<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger peakActive = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();
    private final List<int[]> activeOverTime = Collections.synchronizedList(new ArrayList<>());
    private final Map<Thread, Applicant> applicants = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Applicant> finished = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Recovery> recoveries = new ConcurrentLinkedQueue<>();
    private final boolean forgetKey = Boolean.getBoolean("spike.forget-key");
    private volatile long killNanos;
    private final Map<String, Integer> atKill = new ConcurrentHashMap<>();
    private long startNanos;

    @Test
    void deadline_day() throws Exception {
        var base = System.getProperty("spike.base");
        var accountsFile = System.getProperty("spike.accounts");
        var out = System.getProperty("spike.out");
        if (base == null || accountsFile == null || out == null) {
            throw new IllegalStateException("run it with bash src/bench/deadline-spike.sh");
        }
        var ramp = Duration.ofSeconds(Long.getLong("spike.ramp", 300));
        var accounts = Files.readAllLines(Path.of(accountsFile)).stream().filter(line -> line.contains(","))
                .map(line -> line.split(",")).map(p -> new Account(p[0], Long.parseLong(p[1].strip()))).toList();
        var users = Integer.getInteger("spike.users", accounts.size());
        if (users > accounts.size()) {
            throw new IllegalStateException(users + " applicants asked for, " + accounts.size() + " seeded");
        }
        var rising = "rising".equals(System.getProperty("spike.shape", "even"));
        System.out.printf(Locale.ROOT, "== deadline spike: %d applicants arriving over %d s (%s) against %s%n", users,
                ramp.toSeconds(), rising ? "at a rate rising from zero" : "evenly", base);
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        startNanos = System.nanoTime();
        var sampler = Thread.ofVirtual().start(this::sampleActive);
        var killAt = Long.getLong("spike.kill-at", -1);
        var killPid = System.getProperty("spike.kill-pid");
        var killNode = System.getProperty("spike.kill-node", "app1");
        if (killAt >= 0 && killPid != null) {
            Thread.ofVirtual().start(() -> kill(killAt, killPid, killNode));
        }
        try (var applicants = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                var account = accounts.get(i);
                // Even: the same number of arrivals every second. Rising: the arrival rate climbs
                // linearly from zero, so the windows show where the app stops keeping up.
                var share = rising ? Math.sqrt((double) i / users) : (double) i / users;
                var startAt = startNanos + (long) (ramp.toNanos() * share);
                applicants.submit(() -> {
                    sleepUntil(startAt);
                    applicant(http, base, account, ramp);
                    return null;
                });
            }
        }
        var elapsed = (System.nanoTime() - startNanos) / 1e9;
        sampler.interrupt();
        Files.write(Path.of(out, "expected-files.csv"), new ArrayList<>(checksums), StandardCharsets.UTF_8);
        report(users, elapsed);
    }

    /** One applicant's flow; an error that a reload of the page does not mend ends it (they would call the hotline). */
    private void applicant(HttpClient http, String base, Account account, Duration ramp) {
        // Five pauses of a quarter of the ramp on average: an applicant's flow lasts about 1.25
        // ramps, so at the ramp's end nearly everyone who arrived is still in it.
        var think = ramp.toMillis() / 4;
        var session = new VaadinSession(http, base);
        var me = new Applicant(session);
        applicants.put(Thread.currentThread(), me);
        var now = active.incrementAndGet();
        peakActive.accumulateAndGet(now, Math::max);
        var route = "applications/" + account.applicationId();
        Step step = Step.SIGN_IN;
        try {
            try {
                timed(Step.SIGN_IN, () -> session.signIn(account.email(), PASSWORD));
            } catch (Exception refused) { // e.g. the instance died under the sign-in: the person tries again
                timed(Step.SIGN_IN_AGAIN, () -> session.signIn(account.email(), PASSWORD));
            }
            pause(me, 2_000);
            step = Step.OPEN_DRAFT;
            step(me, account, Step.OPEN_DRAFT, () -> session.open(route));
            var n = account.email().replaceAll("\\D", "");
            var fields = List.of(
                    Map.entry("field-title", "Жоба " + n + ": ауыл мектебіне күн панельдері"),
                    Map.entry("field-summary", "Мектептің электр шығынын азайту, оқушыларға жаңартылатын энергияны үйрету (" + n + ")"),
                    Map.entry("field-goals", "Мақсаты: ".repeat(150) + n));
            for (var field : fields) {
                pause(me, think);
                step = Step.CHANGE_FIELD;
                step(me, account, Step.CHANGE_FIELD, () -> {
                    // The draft saves itself on the change; after each save the page tells the
                    // browser's copy of the draft which save it builds on.
                    if (!session.type(session.byId(field.getKey()), field.getValue()).toString().contains(SAVED)) {
                        throw new IllegalStateException("the draft did not say it was saved");
                    }
                });
            }
            pause(me, think);
            step = Step.UPLOAD;
            var pdf = TestPdf.of(2 * 1024 * 1024, account.email());
            step(me, account, Step.UPLOAD, () -> {
                var upload = session.within("vaadin-upload", "data-kind", "PROJECT_DESCRIPTION");
                var target = session.attribute(upload, "target")
                        .orElseThrow(() -> new IllegalStateException("no upload target"));
                session.event(upload, "upload-start");
                session.upload(target, "zhoba-" + n + ".pdf", "application/pdf", pdf);
                session.uploadSucceeded(upload);
            });
            checksums.add(account.applicationId() + "," + sha256(pdf) + "," + pdf.length);
            pause(me, think);
            step = Step.SUBMIT;
            step(me, account, Step.SUBMIT, () -> {
                if (me.submittedBeforeReload) {
                    return;
                }
                session.click(session.byId("submit-application"));
                if (session.newest("vaadin-confirm-dialog").isEmpty()) {
                    throw new IllegalStateException("no confirmation after the submit click (checklist shown?)");
                }
            });
            pause(me, 1_500);
            step = Step.CONFIRM;
            step(me, account, Step.CONFIRM, () -> {
                if (me.submittedBeforeReload) {
                    return; // the answer was lost with the instance; the page reloaded shows it submitted
                }
                var dialog = session.newest("vaadin-confirm-dialog");
                if (dialog.isEmpty()) { // the page was reloaded: the dialog went with the old instance
                    session.click(session.byId("submit-application"));
                    dialog = session.newest("vaadin-confirm-dialog");
                }
                var answer = session.event(dialog.orElseThrow(() -> new IllegalStateException("no confirmation")),
                        "confirm").toString();
                if (!answer.contains("SPIKE-")) {
                    throw new IllegalStateException("no reference number after confirming");
                }
            });
            submitted.incrementAndGet();
        } catch (Exception e) {
            var reason = step + ": " + String.valueOf(e.getMessage()).replaceAll("\\d+", "N");
            errors.computeIfAbsent(reason.length() > 160 ? reason.substring(0, 160) : reason, r -> new LongAdder())
                    .increment();
            me.failed = true;
        } finally {
            active.decrementAndGet();
            applicants.remove(Thread.currentThread());
            finished.add(me);
        }
    }

    /**
     * A step as a person in a browser takes it: when it fails, the page is reloaded once (Vaadin reloads a
     * tab whose session is gone on its own) — signed in again by the session key where it serves, else
     * with the password — and the step is taken again on the page reloaded.
     */
    private void step(Applicant me, Account account, Step step, Action action) throws Exception {
        var start = System.nanoTime();
        try {
            timed(step, action);
            return;
        } catch (Exception first) {
            if (first instanceof InterruptedException) {
                Thread.interrupted();
            }
            me.node.set(me.session.cookie(NODE_COOKIE).orElse("?"));
        }
        var recovery = new Recovery(me.session.cookie(NODE_COOKIE).orElse("?"), start);
        recoveries.add(recovery);
        if (forgetKey) {
            me.session.forget(KEY_COOKIE);
        }
        var route = "applications/" + account.applicationId();
        JsonNode page;
        try {
            page = timedValue(Step.REOPEN, () -> me.session.open(route));
        } catch (IllegalStateException gone) {
            if (!String.valueOf(gone.getMessage()).contains("answered 302")) {
                throw gone;
            }
            recovery.password = true;
            timed(Step.SIGN_IN_AGAIN, () -> me.session.signIn(account.email(), PASSWORD));
            page = timedValue(Step.REOPEN, () -> me.session.open(route));
        }
        me.submittedBeforeReload = page.toString().contains("SPIKE-") && me.session.findById("submit-application").isEmpty();
        timed(step, action);
        recovery.doneNanos = System.nanoTime();
        recovery.node = me.node.get();
    }

    interface Value<T> {
        T get() throws Exception;
    }

    private <T> T timedValue(Step step, Value<T> action) throws Exception {
        var result = new Object[1];
        timed(step, () -> result[0] = action.get());
        @SuppressWarnings("unchecked") var value = (T) result[0];
        return value;
    }

    interface Action {
        void run() throws Exception;
    }

    private void timed(Step step, Action action) throws Exception {
        var start = System.nanoTime();
        var ok = false;
        try {
            action.run();
            ok = true;
        } finally {
            samples.add(new Sample(step, start, (System.nanoTime() - start) / 1_000_000, ok));
        }
    }

    /**
     * kill -9 of one instance at {@code killAt} seconds into the run; everyone on it who is reading at that
     * moment clicks at once (the worst case for signing in again).
     */
    private void kill(long killAt, String pid, String node) {
        try {
            sleepUntil(startNanos + Duration.ofSeconds(killAt).toNanos());
            applicants.values().forEach(a -> {
                a.nodeAtKill = a.session.cookie(NODE_COOKIE).orElse("?");
                atKill.merge(a.nodeAtKill, 1, Integer::sum);
            });
            new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
            killNanos = System.nanoTime();
            applicants.forEach((thread, a) -> {
                if (node.equals(a.nodeAtKill) && a.pausing) {
                    thread.interrupt();
                }
            });
        } catch (Exception e) {
            System.out.println("the kill failed: " + e);
        }
    }

    /** Reading and typing; cut short when the applicant's instance is killed: everyone on it clicks at once. */
    private static void pause(Applicant me, long meanMillis) {
        me.pausing = true;
        try {
            Thread.sleep((long) (meanMillis * ThreadLocalRandom.current().nextDouble(0.5, 1.5)));
        } catch (InterruptedException woken) {
            // the kill woke this applicant: go on now
        } finally {
            me.pausing = false;
        }
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        var wait = nanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }

    private void sampleActive() {
        try {
            while (true) {
                activeOverTime.add(new int[]{(int) ((System.nanoTime() - startNanos) / 1_000_000_000L), active.get()});
                Thread.sleep(1_000);
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(int users, double elapsed) {
        var all = new ArrayList<>(samples);
        var errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf(Locale.ROOT, "applicants %d, submitted and confirmed %d, failed %d; run %.0f s; "
                        + "most applicants in their flow at once: %d%n", users, submitted.get(), errorCount, elapsed,
                peakActive.get());
        System.out.printf(Locale.ROOT, "submissions per second: %.2f over the run%n", submitted.get() / elapsed);
        System.out.printf(Locale.ROOT, "%-13s %7s %7s %7s %7s %7s %7s%n", "step", "count", "failed", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
        var bySteps = new EnumMap<Step, List<Long>>(Step.class);
        var failedBySteps = new EnumMap<Step, Integer>(Step.class);
        for (var sample : all) {
            bySteps.computeIfAbsent(sample.step(), s -> new ArrayList<>()).add(sample.millis());
            if (!sample.ok()) {
                failedBySteps.merge(sample.step(), 1, Integer::sum);
            }
        }
        bySteps.forEach((step, millis) -> {
            Collections.sort(millis);
            System.out.printf(Locale.ROOT, "%-13s %7d %7d %7d %7d %7d %7d%n", step, millis.size(),
                    failedBySteps.getOrDefault(step, 0), percentile(millis, 50), percentile(millis, 95),
                    percentile(millis, 99), millis.getLast());
        });
        var everything = all.stream().map(Sample::millis).sorted().toList();
        System.out.printf(Locale.ROOT, "%-13s %7d %7d %7d %7d %7d %7d%n", "all steps", everything.size(),
                failedBySteps.values().stream().mapToInt(Integer::intValue).sum(), percentile(everything, 50),
                percentile(everything, 95), percentile(everything, 99), everything.isEmpty() ? 0 : everything.getLast());

        System.out.println("per " + WINDOW_SECONDS + " s window (by when a step started): applicants who signed in, in their flow at "
                + "the window's end, steps, submissions confirmed, p95 and max of the steps, failed steps");
        var windows = new TreeMap<Integer, List<Sample>>();
        for (var sample : all) {
            windows.computeIfAbsent((int) ((sample.startNanos() - startNanos) / 1_000_000_000L / WINDOW_SECONDS),
                    w -> new ArrayList<>()).add(sample);
        }
        var arrivals = new TreeMap<Integer, Integer>();
        all.stream().filter(sample -> sample.step() == Step.SIGN_IN).forEach(sample -> arrivals.merge(
                (int) ((sample.startNanos() - startNanos) / 1_000_000_000L / WINDOW_SECONDS), 1, Integer::sum));
        Integer knee = null;
        for (var window : windows.entrySet()) {
            var millis = window.getValue().stream().map(Sample::millis).sorted().toList();
            var end = (window.getKey() + 1) * WINDOW_SECONDS;
            var inFlow = activeOverTime.stream().filter(a -> a[0] <= end).reduce((a, b) -> b).map(a -> a[1]).orElse(0);
            var p95 = percentile(millis, 95);
            if (knee == null && p95 > 1_000) {
                knee = inFlow;
                System.out.println("  (p95 passes 1 s in this window)");
            }
            System.out.printf(Locale.ROOT, "  %4d-%4d s  arrived %4d  in flow %5d  steps %5d  confirmed %4d  p95 %6d ms  "
                            + "max %6d ms  failed %d%n", window.getKey() * WINDOW_SECONDS, end,
                    arrivals.getOrDefault(window.getKey(), 0), inFlow, millis.size(),
                    window.getValue().stream().filter(s -> s.step() == Step.CONFIRM && s.ok()).count(), p95,
                    millis.getLast(), window.getValue().stream().filter(s -> !s.ok()).count());
        }
        System.out.println(knee == null ? "p95 stayed under 1 s in every window"
                : "p95 first passed 1 s with " + knee + " applicants in their flow");
        if (killNanos != 0) {
            reportKill(all);
        }
        System.out.println("errors: " + (errors.isEmpty() ? "none" : ""));
        errors.forEach((reason, count) -> System.out.printf(Locale.ROOT, "  %5d  %s%n", count.sum(), reason));
    }

    private void reportKill(List<Sample> all) {
        var killAt = (killNanos - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "== kill -9 at %.1f s; applicants in their flow by instance at that moment: %s%n",
                killAt, new TreeMap<>(atKill));
        System.out.printf(Locale.ROOT, "%-13s %-22s %7s %7s %7s %7s%n", "step", "when it started", "count", "failed",
                "p95 ms", "max ms");
        for (var step : Step.values()) {
            for (var phase : List.of("before the kill", "first 60 s after it", "later")) {
                var millis = all.stream().filter(sample -> sample.step() == step && phase.equals(phase(sample.startNanos())))
                        .map(Sample::millis).sorted().toList();
                if (!millis.isEmpty()) {
                    System.out.printf(Locale.ROOT, "%-13s %-22s %7d %7d %7d %7d%n", step, phase, millis.size(),
                            all.stream().filter(sample -> sample.step() == step && !sample.ok()
                                    && phase.equals(phase(sample.startNanos()))).count(),
                            percentile(millis, 95), millis.getLast());
                }
            }
        }
        var byNode = new TreeMap<String, List<Recovery>>();
        recoveries.forEach(r -> byNode.computeIfAbsent(r.node, n -> new ArrayList<>()).add(r));
        byNode.forEach((node, list) -> {
            var done = list.stream().filter(r -> r.doneNanos != 0).toList();
            var waits = done.stream().map(r -> (r.doneNanos - r.startNanos) / 1_000_000).sorted().toList();
            System.out.printf(Locale.ROOT, "steps taken again after a reload, applicants on %s: %d (%d mended, %d signed in "
                            + "with the password again); wait from the failed try to the step done: p50 %d ms, p95 %d ms, max %d ms; "
                            + "last one done %.1f s after the kill%n", node, list.size(), done.size(),
                    list.stream().filter(r -> r.password).count(), percentile(waits, 50), percentile(waits, 95),
                    waits.isEmpty() ? 0 : waits.getLast(),
                    done.stream().mapToLong(r -> r.doneNanos).max().orElse(killNanos) / 1e9 - killNanos / 1e9);
        });
        var failedByNode = new TreeMap<String, Integer>();
        finished.stream().filter(a -> a.failed).forEach(a -> failedByNode.merge(a.nodeAtKill, 1, Integer::sum));
        System.out.println("applicants whose flow failed, by their instance at the kill: "
                + (failedByNode.isEmpty() ? "none" : failedByNode));
    }

    private String phase(long nanos) {
        return nanos < killNanos ? "before the kill"
                : nanos < killNanos + Duration.ofSeconds(60).toNanos() ? "first 60 s after it" : "later";
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
