/**
 * Scenarios: what to simulate. A scenario is a YAML file of run settings and parameter values;
 * loading it resolves registry defaults, its {@code extends} chain, the file and any
 * {@code --set} overrides into one immutable {@link capsim.scenario.Scenario}.
 *
 * <p>{@link capsim.scenario.Scenario}: a fully resolved scenario (name, description, source,
 * seed, population, years, burn-in years and every parameter). Immutable; vary it with the
 * {@code with*} methods.
 *
 * <p>{@link capsim.scenario.ParamSet}: the parameter values, dotted key to Double, Long, Boolean
 * or String, with typed getters that fail on an unknown key.
 *
 * <p>{@link capsim.scenario.ParamRegistry} and {@link capsim.scenario.ParamSpec}: every parameter
 * the model reads, from {@code capsim/parameters.yaml}, with its type, default, valid range or
 * values, unit and source. A scenario may set only keys the registry declares.
 *
 * <p>{@link capsim.scenario.Uncertainty}: what is not known about a parameter: uniform,
 * triangular, beta (PERT), log-normal or fixed over [low, high], with the basis of the range;
 * declared in the file's {@code uncertainty} section, else by a rule on the parameter's source.
 *
 * <p>{@link capsim.scenario.ScenarioLoader}: reads scenario files (a path, or a shipped
 * scenario's name) with SnakeYAML's node API so every value keeps its line; applies
 * {@code --set key=value} overrides ({@code applySets}, {@code override}); lists the shipped
 * scenarios, which are the repository's {@code scenarios/*.yaml} bundled into the jar under
 * {@code capsim/scenarios/}. Other commands (compare, sweep) should load scenarios through it.
 *
 * <p>Its parts: <b>ScenarioSource</b> finds a scenario's text (a file, or a shipped scenario
 * by name, also for {@code extends}) and reads it; <b>ScenarioValues</b> converts a value to
 * its parameter's type and checks its range; <b>KeySuggestions</b> names the nearest known key
 * to a mistyped one. {@link capsim.scenario.TextFiles} reads any input file (scenario or
 * study) after checking its size against a 1 MiB limit, so an oversized file is refused unread.
 *
 * <p>{@link capsim.scenario.YamlDoc}: the one line-aware YAML reader, for scenario files and
 * for the sweep, sensitivity and calibration files of capsim.study: SnakeYAML nodes, so every
 * value keeps its line, and typed accessors that report a bad value at its line and key.
 *
 * <p>{@link capsim.scenario.ScenarioException}: the one error type for bad input that has a
 * place (a scenario or study file, or an option): one line {@code file:line: key: what was
 * expected}; {@code --set} errors use {@code --set} as the file.
 *
 * <p>{@link capsim.scenario.BadInputException}: the parent of every user error; the command
 * line prints its message as one line and exits with code 2. Throw it (not a plain
 * {@code IllegalArgumentException}) for any input the user can fix.
 *
 * <p>{@link capsim.scenario.ScenarioWriter}: the fully resolved scenario as YAML
 * ({@code scenario.yaml} of every run), every key sorted; {@code ScenarioLoader} reads it back
 * to an equal scenario. {@link capsim.scenario.Literals}: how a number or string is written in
 * any file capsim writes (capsim.output uses it), so the scenario needs nothing above it.
 */
package capsim.scenario;
