package org.shaodian.rosters.internal.solving;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Fills a roster's seats with people: the engine behind automatic rostering. Pure Java (Timefold
 * Solver built with {@code SolverFactory.create(SolverConfig)}, no container integration), so a
 * background job can build a {@link RosterProblem} from the database, call {@link #solve} on its
 * own thread and apply the {@link RosterOutcome}.
 *
 * <p>How it solves: each seat's candidates are the qualified people near its post who are free of
 * leave and outside duties at that time ({@link PlanBuilder}, {@link Neighbourhoods}); a greedy
 * pass fills the seats ({@link GreedyConstruction}); local search improves the roster with {@link
 * SeatMoves} under late acceptance until the time limit, the unimproved limit or {@link
 * #stopEarly()}; a last pass fills any seat that has become fillable; then each open seat gets its
 * reason ({@link UnfilledReasons}).
 *
 * <p>One instance solves once. {@link #stopEarly()} may be called from any thread.
 */
public final class RosterSolver {

  /** Late acceptance: a move may be taken if it beats the score of this many steps ago. */
  static final int LATE_ACCEPTANCE_SIZE = 20;

  /** Each step takes the best of this many acceptable moves. */
  static final int ACCEPTED_COUNT_LIMIT = 30;

  private final RosterSettings settings;
  private final EnvironmentMode environmentMode;
  private final AtomicBoolean used = new AtomicBoolean();
  private volatile boolean stopRequested;
  private volatile Solver<RosterPlan> solver;

  /** Set on the solving thread when the first phase starts (see {@link #firstPhaseStarts()}). */
  private boolean phasesStarted;

  public RosterSolver(RosterSettings settings) {
    this(settings, EnvironmentMode.NO_ASSERT);
  }

  /** With Timefold's assertions (tests use {@code FULL_ASSERT} to check incremental scores). */
  RosterSolver(RosterSettings settings, EnvironmentMode environmentMode) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.environmentMode = Objects.requireNonNull(environmentMode, "environmentMode");
  }

  /**
   * Solves on the caller's thread until the time limit, the unimproved limit or {@link
   * #stopEarly()}.
   *
   * @param progress told of every new best roster, on this thread (keep it quick)
   */
  public RosterOutcome solve(RosterProblem problem, Consumer<Progress> progress) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(progress, "progress");
    if (!used.compareAndSet(false, true)) {
      throw new IllegalStateException("a RosterSolver solves once; make a new one");
    }
    long started = System.nanoTime();
    RosterPlan plan = new PlanBuilder(settings.candidatePool()).build(problem);
    int total = plan.seats().size();
    if (total == 0) {
      return new RosterOutcome(
          Map.of(),
          List.of(),
          HardMediumSoftLongScore.ZERO.toString(),
          0,
          Duration.ZERO,
          0,
          stopRequested,
          Duration.ZERO);
    }

    SolverFactory<RosterPlan> factory = SolverFactory.create(config());
    // the time limit counts from the call: preparing the problem and the solver is part of it
    Duration left =
        settings
            .spentLimit()
            .minusNanos(System.nanoTime() - started)
            .truncatedTo(ChronoUnit.MILLIS);
    if (left.toMillis() < 1) {
      left = Duration.ofMillis(1);
    }
    Solver<RosterPlan> built =
        factory.buildSolver(
            new SolverConfigOverride<RosterPlan>()
                .withTerminationConfig(
                    new TerminationConfig()
                        .withSpentLimit(left)
                        .withUnimprovedSpentLimit(settings.unimprovedLimit())));
    solver = built;

    List<long[]> history = new ArrayList<>(); // elapsed nanos, filled, hard
    built.addEventListener(
        event -> {
          if (!phasesStarted) {
            return; // the input roster, echoed when solving starts: not found by solving
          }
          HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
          report(score, total, started, history, progress);
          if (stopRequested) {
            built.terminateEarly();
          }
        });
    RosterPlan best = built.solve(plan);
    long speed = ((DefaultSolver<RosterPlan>) built).getMoveEvaluationSpeed();

    if (fillWhatIsFillable(best) > 0) {
      SolutionManager.create(factory).update(best);
      report(best.score(), total, started, history, progress);
    }

    Map<Integer, UUID> assignments = new HashMap<>();
    for (Seat seat : best.seats()) {
      if (seat.filled()) {
        assignments.put(seat.info.id, seat.getPerson().id);
      }
    }
    HardMediumSoftLongScore score = best.score();
    int filled = assignments.size();
    Duration toFeasible = null;
    Duration toBestFill = null;
    for (long[] event : history) {
      if (event[2] == 0 && toFeasible == null) {
        toFeasible = Duration.ofNanos(event[0]);
      }
      if (event[2] == 0 && event[1] >= filled && toBestFill == null) {
        toBestFill = Duration.ofNanos(event[0]);
      }
    }
    return new RosterOutcome(
        assignments,
        UnfilledReasons.explain(best),
        score.toString(),
        (int) Math.min(Integer.MAX_VALUE, -score.hardScore()),
        toFeasible,
        speed,
        stopRequested,
        toBestFill);
  }

  private static void report(
      HardMediumSoftLongScore score,
      int total,
      long started,
      List<long[]> history,
      Consumer<Progress> progress) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    int filled = total + (int) score.mediumScore();
    history.add(new long[] {elapsed.toNanos(), filled, score.hardScore()});
    progress.accept(new Progress(score.toString(), filled, total, score.hardScore() == 0, elapsed));
  }

  /**
   * The last pass: any open seat someone could now take without breaking a rule is given to the
   * cheapest such person (local search finds most of these, but a random walk can miss the last
   * few). Returns how many seats it filled.
   */
  private int fillWhatIsFillable(RosterPlan plan) {
    if (plan.score() == null || plan.score().hardScore() < 0 || plan.score().mediumScore() == 0) {
      return 0;
    }
    Filler filler = new Filler(plan);
    List<Seat> open = new ArrayList<>();
    for (Seat seat : plan.seats()) {
      if (!seat.filled()) {
        open.add(seat);
      }
    }
    open.sort(Comparator.comparingInt((Seat seat) -> seat.candidates().size()));
    SplittableRandom random = new SplittableRandom(settings.randomSeed());
    int filled = 0;
    for (Seat seat : open) {
      Worker chosen = filler.choose(seat, 0, random);
      if (chosen != null) {
        seat.setPerson(chosen);
        filler.take(seat, chosen);
        filled++;
      }
    }
    return filled;
  }

  /**
   * Asks a running {@link #solve} to return the best roster so far (with {@code stoppedEarly});
   * safe from any thread, before or during solving.
   */
  public void stopEarly() {
    stopRequested = true;
    Solver<RosterPlan> running = solver;
    if (running != null) {
      running.terminateEarly();
    }
  }

  /**
   * Run by the first phase on the solving thread: from now on best rosters are found by solving;
   * and a stop asked for before solving began takes effect.
   */
  private void firstPhaseStarts() {
    phasesStarted = true;
    Solver<RosterPlan> running = solver;
    if (stopRequested && running != null) {
      running.terminateEarly();
    }
  }

  private SolverConfig config() {
    List<PhaseConfig> phases = new ArrayList<>();
    switch (settings.construction()) {
      case GREEDY ->
          phases.add(
              custom(
                  new GreedyConstruction(
                      settings.candidatesTried(), settings.randomSeed(), this::firstPhaseStarts)));
      case FIRST_FIT_CAPPED -> {
        phases.add(custom((scoreDirector, terminated) -> firstPhaseStarts()));
        phases.add(cappedFirstFit());
      }
      case TIMEFOLD_DEFAULT -> {
        phases.add(custom((scoreDirector, terminated) -> firstPhaseStarts()));
        phases.add(new ConstructionHeuristicPhaseConfig());
      }
    }
    phases.add(localSearch());
    return new SolverConfig()
        .withSolutionClass(RosterPlan.class)
        .withEntityClasses(Seat.class)
        .withConstraintProviderClass(RosterConstraints.class)
        .withEnvironmentMode(environmentMode)
        .withRandomSeed(settings.randomSeed())
        .withPhaseList(phases);
  }

  private static CustomPhaseConfig custom(PhaseCommand<RosterPlan> command) {
    return new CustomPhaseConfig().withCustomPhaseCommands(command);
  }

  /** First fit trying {@code candidatesTried} random candidates per seat, never choosing "open". */
  private PhaseConfig cappedFirstFit() {
    ValueSelectorConfig values =
        new ValueSelectorConfig()
            .withSelectionOrder(SelectionOrder.RANDOM)
            .withFilterClass(SomeoneFilter.class);
    if (settings.candidatesTried() > 0) {
      values.withSelectedCountLimit((long) settings.candidatesTried());
    }
    return new ConstructionHeuristicPhaseConfig()
        .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT)
        .withEntityPlacerConfig(
            new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withId("placerSeat"))
                .withMoveSelectorConfigList(
                    List.of(
                        new ChangeMoveSelectorConfig()
                            .withEntitySelectorConfig(
                                new EntitySelectorConfig().withMimicSelectorRef("placerSeat"))
                            .withValueSelectorConfig(values))));
  }

  /**
   * Late acceptance over {@link SeatMoves}, each step the best of {@value #ACCEPTED_COUNT_LIMIT}
   * acceptable moves. Chosen on the Yinhu benchmark at equal move counts against Timefold's default
   * (late acceptance 400, one move a step, its change and swap selectors) and entity tabu; see
   * bench/README.md.
   */
  private static PhaseConfig localSearch() {
    return new LocalSearchPhaseConfig()
        .withMoveSelectorConfig(
            new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SeatMoves.class))
        .withAcceptorConfig(
            new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
        .withForagerConfig(
            new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT));
  }

  /** Rejects "nobody" as a construction choice (else with allowsUnassigned it may pick it). */
  public static final class SomeoneFilter implements SelectionFilter<RosterPlan, Object> {
    @Override
    public boolean accept(
        ai.timefold.solver.core.api.score.director.ScoreDirector<RosterPlan> scoreDirector,
        Object value) {
      return value != null;
    }
  }
}
