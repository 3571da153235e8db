package capsim.view;

/** Size and look of a picture of the community: pixels, what people's colour shows, most ties drawn. */
public record Look(int width, int height, ColourMode colour, int edgeBudget) {}
