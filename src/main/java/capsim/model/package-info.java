/**
 * The community capacity model (docs/ODD.md describes it in full). It runs headless and knows
 * nothing of displays, files or the command line.
 *
 * <p>{@link capsim.model.CommunityModel}: the MASON {@code SimState}. It builds the population and
 * schedules one {@code Steppable} per weekly process in the order of docs/ODD.md section 3: life events, recovery,
 * informal support, community participation, help seeking, services, escalation, demography,
 * observation. Observers register a {@link capsim.model.WeekListener}; {@code policy()} is the live
 * set of levers.
 *
 * <p>{@link capsim.model.Population}: the people, as parallel arrays indexed by slot (struct of
 * arrays, so the weekly loops over everyone stay in cache). Each has needs in four domains,
 * strengths, dependency, carer strain, network support and case states.
 * {@link capsim.model.SocialNetwork}: ties of five kinds, in compact per-person adjacency
 * arrays. {@link capsim.model.CommunityAssets}: groups and places with members, volunteers,
 * grants and investment. {@link capsim.model.Households} (members) and
 * {@link capsim.model.Neighbourhoods} (deprivation decile, residents): columns by group, like
 * Population's, through one column list each.
 *
 * <p>{@link capsim.model.PopulationBuilder}: initialisation. Neighbourhoods, households, people,
 * ties, assets and the cases already open; also newcomers and births. Its
 * {@link capsim.model.NetworkBuilder} makes the ties: at the build, for newcomers, and those people
 * start on growing up or make again when a friend or neighbour dies or moves away.
 *
 * <p>The processes:
 * <ul>
 *   <li>{@link capsim.model.LifeEvents}: events damped by strengths and support; frailty.</li>
 *   <li>{@link capsim.model.Recovery}: natural recovery.</li>
 *   <li>{@link capsim.model.InformalSupport}: hours asked of and given by ties, carer strain, network support.</li>
 *   <li>{@link capsim.model.Participation}: places, joining, leaving, volunteering, grants and investment.</li>
 *   <li>{@link capsim.model.HelpSeeking}: contacts at the front doors.</li>
 *   <li>{@link capsim.model.Services}: the agencies' capacity, training, waiting lists, the
 *       thresholds in force (eligibility regimes, SBA as cuts) and every week's open cases. Its
 *       parts: {@link capsim.model.CaseAgency}, one case-holding agency (practitioners, caseload,
 *       waiting list, reviews); {@link capsim.model.FrontDoor}, contacts, GP consultations and
 *       the assessment, by the usual practice or strengths-based practice, and the review of
 *       decisions that waited for mobilised help; {@link capsim.model.ChildrenCases} and
 *       {@link capsim.model.AdultCases}, the decisions and each open case's week;
 *       {@link capsim.model.CrisisResponses}, what each agency does when a crisis reaches it;
 *       {@link capsim.model.Coverage}, the share of need support covers.</li>
 *   <li>{@link capsim.model.Escalation}: crises from uncovered need.</li>
 *   <li>{@link capsim.model.Demography}: ageing, the transition at 18, deaths, births, moves and newcomers.</li>
 *   <li>{@link capsim.model.Recorder}: the week's {@link capsim.model.Measures}.</li>
 * </ul>
 *
 * <p>{@link capsim.model.Ledger}: every pound, charged once to one {@link capsim.model.Agency}
 * under one category. {@link capsim.model.UnitCosts}: unit costs converted to one price year.
 * {@link capsim.model.Policy}: the commissioner's levers, with the baseline used during burn-in.
 * {@link capsim.model.Rng}: counter-based draws keyed by (stream, week, person), or for the
 * build, newcomers and births by household, arrival or parent, the common random numbers that
 * pair a comparison, from {@link capsim.model.Seeds} (SplitMix64-derived seeds for
 * replications and streams, also used by {@code capsim.experiment} and {@code capsim.study}).
 * {@link capsim.model.WaitingList}: first come, first served.
 * {@link capsim.model.CareEvent}: what happens to a person (a request, an assessment, a
 * decision, care entered, long-term support started or ended, a review, a crisis, a GP
 * consultation), raised where it happens through {@link capsim.model.CareEvents}, which counts
 * each for the week's measures ({@link capsim.model.Measures} declares a counted flow in one
 * line) and tells each {@link capsim.model.CareListener}. Studies listen: the virtual trials of
 * {@code capsim evidence} live in {@code capsim.evidence}, limit where practice happens through a
 * {@link capsim.model.PracticeGate}, and act on enrolled people only through
 * {@link capsim.model.Interventions} (the model's own mechanisms). The model holds no trial code.
 *
 * <p>Parameters: each mechanism that has any declares them in one place, its nested
 * {@code record Settings} with {@code static Settings read(ParamSet)} (CaseAgency's also takes the
 * agency), the only code that names a key. The constructor copies the record into final fields,
 * so the weekly loops read fields, never the ParamSet. One place a mechanism, so what it depends
 * on is read off its Settings; {@code SettingsTest} checks the build reads nothing else.
 */
package capsim.model;
