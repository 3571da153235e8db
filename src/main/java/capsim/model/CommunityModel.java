package capsim.model;

import capsim.scenario.ParamSet;
import capsim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * The community capacity model: a MASON {@link SimState} whose {@code Schedule} steps one week
 * per tick, in the order of docs/ODD.md section 3 (one {@link Steppable} per population-wide
 * process, looping over compact arrays). It knows nothing of displays, files or the command
 * line; observers register a {@link WeekListener}.
 */
public class CommunityModel extends SimState {
    private static final long serialVersionUID = 1L;

    transient Scenario scenario;  // inputs, not state: a fork takes the other arm's (forkAs)
    transient ParamSet p;
    final Population pop;
    final SocialNetwork net;
    final CommunityAssets assets = new CommunityAssets();
    final Ledger ledger = new Ledger(this);
    final Policy policy;
    final Policy scenarioPolicy;
    /** Every draw of the model, keyed by stream, time and person (or household, arrival, neighbourhood). */
    final Rng rng;
    /** Who has a lifelong condition, and the need it keeps. */
    final Conditions conditions;
    final Services services;
    /** Step 3; also asked what a household member could give (whether someone at home can care). */
    final InformalSupport informal;
    /** Carers' working lives, Carer's Allowance and lost earnings (read by no other mechanism). */
    final Carers carers;
    final Participation participation;
    /** What happens, as it happens: counted for the measures, told to listeners (studies, views). */
    final CareEvents events = new CareEvents(this);
    /** Where strengths-based practice may happen: everywhere, unless a study limits it. */
    transient PracticeGate practiceGate = PracticeGate.EVERYWHERE;  // a study's, never forked (forkAs)
    final Counters counters = new Counters();
    /** Deprivation deciles and residents; laid out by the build. */
    Neighbourhoods neighbourhoods;
    final Households households = new Households();
    /** Households that change once a year, and children living with kin. */
    final FamilyLife family;
    final KinshipCare kinship;
    /** Step 10 (set at start). */
    Demography demography;
    /** The household measures, counted once a year when households change (FamilyLife#count). */
    final double[] familyStats = new double[FamilyLife.STATS.length];
    /** Next id of a person in the initial population (newcomers' and babies' ids come from their keys: Demography). */
    long nextId;
    final int targetPopulation;
    final double scale;           // population / 50,000: scales investment given per 50,000

    private transient List<WeekListener> listeners = new ArrayList<>();  // observers are not state: a fork has its own
    private final double[] row = new double[Measures.count()];
    private final Recorder recorder;
    int week;
    private int switchWeek;

    /** The model's own parameter (each mechanism has its Settings), named only here (SettingsTest checks no other read). */
    record Settings(int startYear) {
        static Settings read(ParamSet p) { return new Settings(p.integer("sba.start_year")); }
    }

    public CommunityModel(Scenario scenario, long seed) {
        super(seed);
        this.scenario = scenario;
        this.p = scenario.params();
        this.targetPopulation = scenario.population();
        this.scale = scenario.population() / 50_000.0;
        int cap = scenario.population() + scenario.population() / 8 + 64;
        pop = new Population(cap);
        pop.wellbeingScale = new Wellbeing(Wellbeing.Settings.read(p));
        net = new SocialNetwork(cap);
        Policy.Settings levers = Policy.Settings.read(p);
        policy = Policy.baseline(levers);
        scenarioPolicy = Policy.scenario(levers);
        rng = new Rng(seed, Rng.COUNT);
        conditions = new Conditions(Conditions.Settings.read(p));
        family = new FamilyLife(this);
        kinship = new KinshipCare(this);
        services = new Services(this);
        carers = new Carers(this);
        informal = new InformalSupport(this);
        participation = new Participation(this);
        recorder = new Recorder(this);
    }

    public Scenario scenario() { return scenario; }

    public void addWeekListener(WeekListener l) { listeners.add(l); }

    /** Told each {@link CareEvent} as it happens (add before {@link #start}). */
    public void addCareListener(CareListener l) { events.add(l); }

    /** Where strengths-based practice may happen (set before {@link #start}; a study's allocation). */
    public void setPracticeGate(PracticeGate gate) { practiceGate = gate; }

    /** What a study may do to a person (a treated arm's intervention), through the model's own mechanisms. */
    public Interventions interventions() { return new Interventions(this); }

    /**
     * A draw in [0, 1) for a study's allocation, keyed by a person's id or a neighbourhood's
     * index, on streams of its own: it disturbs no other draw, and both runs of a pair agree.
     */
    public double allocationDraw(boolean byNeighbourhood, long key) {
        return rng.u(byNeighbourhood ? Rng.ALLOCATION_HOOD : Rng.ALLOCATION_PERSON, 0, key);
    }

    /** Weeks since the switch to the scenario's policy (0 or below before it). */
    public int weeksSinceSwitch() { return services.weeksSinceSwitch; }

    /** Weeks simulated so far, burn-in included. */
    public int week() { return week; }

    /** 1-based week after burn-in; 0 or below during burn-in. */
    public int reportedWeek() { return week - scenario.burnInWeeks(); }

    public Population population() { return pop; }
    public SocialNetwork network() { return net; }
    public CommunityAssets assets() { return assets; }
    public Ledger ledger() { return ledger; }
    /** The live policy (mutable, for interactive use). */
    public Policy policy() { return policy; }
    /** The policy a lever moves: until the switch the scenario's, which applies from it (a lever set in burn-in holds from the switch); then the live one. */
    public Policy leverPolicy() { return week > switchWeek ? policy : scenarioPolicy; }
    public int hoods() { return neighbourhoods.count(); }
    public int decile(int hood) { return neighbourhoods.decile[hood]; }
    /** 0..4, 0 the most deprived fifth (deciles 1-2). */
    public int quintile(int hood) { return (neighbourhoods.decile[hood] - 1) / 2; }
    /** The most recent week's measures (a copy). */
    public double[] lastRow() { return row.clone(); }
    public Services services() { return services; }

    @Override
    public void start() {
        super.start();
        week = 0;
        demography = new Demography(this);
        new PopulationBuilder(this).build(demography);
        switchWeek = scenario.burnInWeeks() + Settings.read(p).startYear() * Scenario.WEEKS_PER_YEAR;
        Steppable[] steps = {s -> beginWeek(), new LifeEvents(this), new Recovery(this), informal,
                participation, new HelpSeeking(this), services, new Escalation(this), demography, s -> endWeek()};
        processNanos = new long[steps.length];
        for (int order = 0; order < steps.length; order++) {
            Steppable step = steps[order];
            int k = order;
            schedule.scheduleRepeating(0, order, !profiling ? step : s -> {
                long t0 = CPU.getCurrentThreadCpuTime();
                step.step(s);
                processNanos[k] += CPU.getCurrentThreadCpuTime() - t0;
            }, 1);
        }
    }

    private boolean observeBurnIn = true;

    /**
     * Whether burn-in weeks are observed (their rows computed), as by default. A run that reads
     * no burn-in row turns it off ({@code Simulation}): observation is a fifth of a week's time and
     * changes nothing in the model, so every reported row is the same (BurnInObservationTest);
     * listeners are still told each burn-in week, with a row of NaN.
     */
    public void observeBurnIn(boolean on) { observeBurnIn = on; }

    /** Names of the weekly processes in schedule order (docs/ODD.md section 3). */
    public static final String[] PROCESSES = {"begin week", "life events", "recovery", "informal support",
            "community participation", "help seeking", "services", "escalation", "demography", "observation"};
    private boolean profiling;
    private long[] processNanos = new long[PROCESSES.length];

    /** Time each process (call before start); read with {@link #processNanos()}. */
    public void setProfiling(boolean on) { profiling = on; }

    /** This thread's CPU time, not wall time: garbage collection and other programs do not count against a process. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time spent in each process since start, in {@link #PROCESSES} order (zeros unless profiling). */
    public long[] processNanos() { return processNanos.clone(); }

    private void beginWeek() {
        week++;
        ledger.clearWeek();
        counters.clear();
        events.clear();
        if (week == switchWeek + 1) policy.copyFrom(scenarioPolicy);
        services.beginWeek(week - switchWeek);
    }

    private void endWeek() {
        events.weekEnded(reportedWeek());
        int rw = reportedWeek();
        // observation changes nothing in the model, so a burn-in week nobody reads need not be observed
        if (rw >= 1 || observeBurnIn) recorder.record(row);
        else if (!Double.isNaN(row[0])) java.util.Arrays.fill(row, Double.NaN);  // unobserved: a row read by mistake shows it
        for (WeekListener l : listeners) l.onWeek(rw, row);
    }

    // ---- sharing a burn-in between the arms of a pair ----

    /**
     * Keys the arms of a pair may differ on and still share a burn-in: read only by
     * {@link Policy.Settings} and used only by {@link Policy#scenario}, the policy applied at the
     * switch (ForkTest moves each and finds the burn-in unchanged). Anything else two arms
     * differ on (a place, a process, an effect read at construction) and each runs its own burn-in.
     */
    static boolean forkSafe(String key) {
        return key.equals("sba.trained_share") || key.equals("investment.community_per_year") || key.equals("sba.as_cuts")
                || (key.startsWith("agencies.") && key.endsWith(".pathway"));
    }

    /** Whether a run of {@code other} from this run's seed may be forked from this run's burn-in ({@link #forkAs}). */
    public static boolean canShareBurnIn(Scenario a, Scenario b) {
        if (a.seed() != b.seed() || a.population() != b.population() || a.burnInWeeks() != b.burnInWeeks()) return false;
        java.util.Map<String, Object> x = a.params().asMap(), y = b.params().asMap();
        java.util.Set<String> keys = new java.util.TreeSet<>(x.keySet());
        keys.addAll(y.keySet());
        for (String k : keys) if (!java.util.Objects.equals(x.get(k), y.get(k)) && !forkSafe(k)) return false;
        return true;
    }

    /**
     * A deep copy of this model at the end of its burn-in, to go on as a run of {@code other}: the
     * arms of a pair are identical until the switch when they differ only on {@link #forkSafe}
     * keys, so the copy takes {@code other}'s scenario and the policy it applies at the switch and
     * is, week for week, the run {@code other} would make from scratch (ForkTest). Listeners are
     * not copied. A copy by Java serialization, as MASON checkpoints a model.
     */
    public CommunityModel forkAs(Scenario other) {
        if (!canShareBurnIn(scenario, other)) throw new IllegalArgumentException(other.name() + " cannot share " + scenario.name() + "'s burn-in");
        if (practiceGate != PracticeGate.EVERYWHERE) throw new IllegalStateException("a study's model is not forked");
        if (week != scenario.burnInWeeks()) throw new IllegalStateException("a fork is made at the end of the burn-in, week " + scenario.burnInWeeks());
        CommunityModel copy;
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) { out.writeObject(this); }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                copy = (CommunityModel) in.readObject();
            }
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new IllegalStateException("could not copy the model: " + e, e);
        }
        copy.scenario = other;
        copy.p = other.params();
        copy.scenarioPolicy.copyFrom(Policy.scenario(Policy.Settings.read(other.params())));
        return copy;
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        listeners = new ArrayList<>();
        practiceGate = PracticeGate.EVERYWHERE;
    }

    // ---- helpers shared by the processes ----

    double deprivation(int hood) { return (10 - neighbourhoods.decile[hood]) / 9.0; }

    int quintileOf(int person) { return quintile(pop.hood[person]); }

    void joinHousehold(int h, int person) {
        households.join(h, person);
        pop.household[person] = h;
    }

    void leaveHousehold(int person) { households.leave(pop.household[person], person); }

    /** Weekly sums that are not counts of events (those are {@link CareEvents}'). */
    static final class Counters implements java.io.Serializable {
        /** Hours of informal support given this week. */
        double supportHours;
        /** Earnings carers lose this week (GBP): a societal cost, never charged to the ledger. */
        double lostEarnings;

        void clear() { supportHours = 0; lostEarnings = 0; }
    }
}
