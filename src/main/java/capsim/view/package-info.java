/**
 * What a picture or a live view of the running model shows, with no drawing toolkit: no AWT,
 * Swing, MASON display or JFreeChart here ({@code ViewIsToolkitFreeTest} checks), so the Swing
 * GUI, the PNG and GIF pictures and a browser front can all draw the same thing.
 *
 * <p>{@link capsim.view.CommunityView}: what a view reads from a model (people, ties, community
 * assets, neighbourhoods) as indexed getters, nothing copied per frame; {@link capsim.view.ModelView}
 * adapts {@code CommunityModel}. {@link capsim.view.WatchedRun} runs a scenario headless to be
 * watched (seed of replication 0, as {@code capsim run}'s first replication).
 *
 * <p>Positions: {@link capsim.view.Layout} places each person in their neighbourhood, next to their
 * household, as fractions of a cell, kept between frames and deterministic;
 * {@link capsim.view.Scene} turns it into pixels for a picture size: the neighbourhood grid,
 * people's dots and radii (by dependency), the sampled ties (a fixed hashed sample above a
 * budget), asset boxes that fill with their places, the title and statistics lines, and the hit
 * test of a click.
 *
 * <p>Colours, as {@code 0xRRGGBB} ints: {@link capsim.view.ColourMode} (people by need,
 * strengths, pathway or wellbeing, with legend swatches) and {@link capsim.view.Palette} (ties,
 * assets, deprivation tint, text, chart lines). {@link capsim.view.Look}: a picture's size,
 * colour mode and tie budget.
 *
 * <p>Stocks and flows: {@link capsim.view.LiveMeasures}, the charts of a live view (named
 * {@code Measures} columns, each a STOCK or a FLOW) and a week's readings.
 *
 * <p>A person: {@link capsim.view.PersonRecord}, the fields the inspector shows, as a record and
 * as ordered label/value pairs.
 */
package capsim.view;
