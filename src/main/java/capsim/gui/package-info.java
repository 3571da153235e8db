/**
 * Pictures of the running model, live and still: MASON's Console on the headless model
 * ({@code capsim gui}), and pictures drawn off screen ({@code capsim snapshot},
 * {@code capsim animate}). The model never imports this package; everything here reads it
 * through {@link capsim.gui.CommunityView}. Drawing is plain Java2D and charts are JFreeChart
 * 1.5 used directly (MASON's own chart classes need the old JFreeChart and JCommon).
 *
 * <p>{@link capsim.gui.CommunityView}: what a picture reads from a model (people, ties,
 * community assets, neighbourhoods, the live policy) as indexed getters, so nothing is copied
 * or allocated per frame. {@link capsim.gui.ModelView} is the adapter over
 * {@code CommunityModel}.
 *
 * <p>{@link capsim.gui.Layout}: where each person sits, cached between frames: one grid cell
 * per neighbourhood, household members placed together, a person moved only when they move
 * neighbourhood. Deterministic (positions hash from the person's index).
 *
 * <p>{@link capsim.gui.NetworkPainter}: draws one frame: neighbourhoods tinted by deprivation,
 * people coloured by a {@link capsim.gui.ColourMode} (need, strengths, pathway, wellbeing) and
 * sized by dependency, ties coloured by kind (a fixed hashed sample above a budget, so
 * thousands of people stay fast and legible), community assets as boxes that fill with their
 * places, a title and a legend. Shared by the live display and the still pictures.
 *
 * <p>{@link capsim.gui.CommunityPortrayal}: the painter as a MASON field portrayal inside a
 * {@code Display2D}, drawn off screen then copied; a click selects a person and opens a MASON
 * inspector on a {@link capsim.gui.PersonInspection}, which reads them afresh every week.
 *
 * <p>{@link capsim.gui.PolicyControls}: the model's live policy as bean properties (per agency
 * pathway and threshold multiplier, trained share, community investment, eligibility regime,
 * "SBA as cuts"), which the Console's Model tab edits while the model runs.
 *
 * <p>{@link capsim.gui.MeasureCharts}: the live JFreeChart charts (demand and cost per agency,
 * unmet need, wellbeing, carer strain, community places), fed each week's measures from the
 * model thread and redrawn on Swing's thread at most ten times a second.
 *
 * <p>{@link capsim.gui.CapsimWithUI}: the {@code GUIState}: one community display per model,
 * the chart frame, the inspected policy; runs the burn-in undrawn at start.
 * {@link capsim.gui.TwinModel} steps two models together for the side-by-side mode (same seed,
 * so a paired comparison you can watch).
 *
 * <p>{@link capsim.gui.GuiSession}: opens the Console and scripts it: run weeks with every week
 * drawn before the next (the speed measurement and the Xvfb test), and paint the windows into
 * one screenshot.
 *
 * <p>{@link capsim.gui.Filmstrip} and {@link capsim.gui.Pictures}: run a scenario headless and
 * write a PNG, an animated GIF or a folder of PNG frames, each moved into place only when
 * complete.
 */
package capsim.gui;
