/**
 * Pictures of the running model, live and still, drawn with Swing and Java2D: MASON's Console
 * on the headless model ({@code capsim gui}), and pictures drawn off screen
 * ({@code capsim snapshot}, {@code capsim animate}). What is shown (positions, colours, ties,
 * asset boxes, titles, a person's record, the stocks and flows charted) comes from the
 * toolkit-free {@code capsim.view}; this package only draws it. The model never imports this
 * package. Charts are JFreeChart 1.5 used directly (MASON's own chart classes need the old
 * JFreeChart and JCommon).
 *
 * <p>{@link capsim.gui.NetworkPainter}: draws one {@code capsim.view.Scene} with Java2D
 * (cells, people, ties, assets, title, legend); {@link capsim.gui.AwtColours} holds the view's
 * RGB colours as AWT colours. Shared by the live display and the still pictures.
 *
 * <p>{@link capsim.gui.CommunityPortrayal}: the painter as a MASON field portrayal inside a
 * {@code Display2D}, drawn off screen then copied; a click selects a person and opens a MASON
 * inspector on a {@link capsim.gui.PersonInspection}, bean properties over their
 * {@code PersonRecord}, read afresh every week.
 *
 * <p>{@link capsim.gui.PolicyControls}: the model's live policy as bean properties (per agency
 * pathway and threshold multiplier, trained share, community investment, eligibility regime,
 * "SBA as cuts"), which the Console's Model tab edits while the model runs.
 *
 * <p>{@link capsim.gui.MeasureCharts}: the live JFreeChart charts of {@code LiveMeasures},
 * fed each week's measures from the model thread and redrawn on Swing's thread at most ten
 * times a second.
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
 * <p>{@link capsim.gui.Filmstrip} and {@link capsim.gui.Pictures}: draw a {@code WatchedRun}
 * headless and write a PNG, an animated GIF or a folder of PNG frames, each moved into place
 * only when complete.
 */
package capsim.gui;
