package kz.urpaq.results;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.Phase;
import kz.urpaq.competition.PhaseChanged;
import kz.urpaq.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Computes and keeps the ranking of the competitions whose results are being decided before an
 * organiser asks for it (issue 24, docs/decisions/036-results-warm-up.md): the first results call
 * after a restart would otherwise read every stored score sheet and rank them in a cold JVM, seconds
 * at national scale. Runs on a background thread of low priority, so neither the start nor anyone's
 * request waits for it: once after the application is ready, for the competitions in DELIBERATION or
 * PRELIMINARY (newest first, as many as {@link ResultsService} keeps), and right after a competition
 * moves to DELIBERATION, when its scores have just been frozen. It calls {@link ResultsService#results}
 * itself, as the system, so what it keeps is exactly what that call keeps, under that call's rules
 * (kept only once the scores are frozen), and the code path the page takes has run once by then.
 *
 * <p>A competition whose ranking fails is logged (WARN, with the exception), counted in
 * {@code urpaq.results.warm-up.failures}, and skipped: the page then computes it on its first call,
 * as without the warm-up. {@code urpaq.results.warm-up=false} switches it off; the tests switch it off
 * and call {@link #warmUp(List)} themselves.
 */
@Component
public class ResultsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ResultsWarmUp.class);

    /**
     * What one warm-up did: the competitions it ranked (kept when their scores are frozen, as every
     * competition it picks has), those it could not rank, how long it took and the CPU time of its thread.
     */
    public record Run(List<Long> ranked, List<Long> failed, long millis, long cpuMillis) {
    }

    private final ResultsService results;
    private final CompetitionService competitions;
    private final boolean enabled;
    private final Counter failures;
    private final CompletableFuture<Run> startUp = new CompletableFuture<>();

    ResultsWarmUp(ResultsService results, CompetitionService competitions, MeterRegistry registry,
                  @Value("${urpaq.results.warm-up:true}") boolean enabled) {
        this.results = results;
        this.competitions = competitions;
        this.enabled = enabled;
        this.failures = Counter.builder("urpaq.results.warm-up.failures")
                .description("Competitions whose ranking the results warm-up could not compute").register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (!enabled) {
            startUp.complete(new Run(List.of(), List.of(), 0, 0));
            return;
        }
        inBackground("start-up", this::candidates, startUp);
    }

    /** After the move to DELIBERATION has committed: the scores are frozen from now on. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onPhaseChanged(PhaseChanged event) {
        if (enabled && event.to() == Phase.DELIBERATION) {
            inBackground("deliberation of competition " + event.competitionId(),
                    () -> List.of(event.competitionId()), new CompletableFuture<>());
        }
    }

    /** The start-up's warm-up, complete once it has run (at once, empty, when switched off): for the benchmark. */
    public CompletableFuture<Run> startUp() {
        return startUp;
    }

    /** The competitions in DELIBERATION or PRELIMINARY, newest first, as many as the results service keeps. */
    List<Long> candidates() {
        return SystemTask.run(() -> competitions.allPublic().stream()
                .filter(c -> c.phase() == Phase.DELIBERATION || c.phase() == Phase.PRELIMINARY)
                .map(CompetitionOverview::id).limit(ResultsService.FROZEN_KEPT).toList());
    }

    /** Computes and keeps each competition's ranking, in this thread; one that fails is logged and skipped. */
    Run warmUp(List<Long> competitionIds) {
        long start = System.nanoTime();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        var ranked = new ArrayList<Long>();
        var failed = new ArrayList<Long>();
        for (long id : competitionIds) {
            try {
                SystemTask.run(() -> results.results(id));
                ranked.add(id);
            } catch (RuntimeException e) {
                failed.add(id);
                failures.increment();
                log.warn("Results warm-up: the ranking of competition {} could not be computed; its results page "
                        + "computes it on its first call", id, e);
            }
        }
        return new Run(List.copyOf(ranked), List.copyOf(failed), (System.nanoTime() - start) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
    }

    private void inBackground(String what, Supplier<List<Long>> which, CompletableFuture<Run> done) {
        Thread.ofPlatform().name("results-warm-up").daemon(true).priority(Thread.MIN_PRIORITY).start(() -> {
            try {
                var run = warmUp(which.get());
                if (!run.ranked().isEmpty() || !run.failed().isEmpty()) {
                    log.info("Results warm-up ({}): ranked competitions {} in {} ms (CPU {} ms){}", what,
                            run.ranked(), run.millis(), run.cpuMillis(),
                            run.failed().isEmpty() ? "" : "; failed: " + run.failed());
                }
                done.complete(run);
            } catch (RuntimeException | Error e) {
                failures.increment();
                log.warn("Results warm-up ({}) failed; results pages compute their ranking on their first call",
                        what, e);
                done.completeExceptionally(e);
            }
        });
    }
}
