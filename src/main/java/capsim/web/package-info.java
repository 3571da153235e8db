/**
 * {@code capsim serve}: the model in a browser, for a classroom and for a commissioner's
 * questions (docs/SERVE.md). A view outside the model (MASON's split): it builds models from scenarios as
 * {@code capsim run} does, steps them week by week and streams each reported week's measures
 * (the recorder's own columns, formatted as in {@code timeseries.csv}) as server-sent events.
 *
 * <ul>
 *   <li>{@link capsim.web.RunRequest}: a run asked for over HTTP, checked with the command
 *       line's own messages (400 on bad input).</li>
 *   <li>{@link capsim.web.LiveRun}: one run (or two from the same seed, side by side), stepped
 *       on its own thread; levers changed mid-run apply from the next week.</li>
 *   <li>{@link capsim.web.StoryJson}: the people a live run follows ({@code capsim.model.LifeStories},
 *       the same people in both arms) and each one's life story, as JSON.</li>
 *   <li>{@link capsim.web.ExploreRequest} and {@link capsim.web.Exploration}: a commissioner's
 *       comparison, checked, then run in the background through {@code capsim compare}'s own path
 *       ({@code capsim.report.ComparisonRun}) into a folder with its report; progress by weeks.</li>
 *   <li>{@link capsim.web.WebServer}: the routes (Javalin on Jetty), the limit on runs at once,
 *       one comparison at a time, and the page's static files from the jar.</li>
 * </ul>
 */
package capsim.web;
