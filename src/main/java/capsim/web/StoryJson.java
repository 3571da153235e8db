package capsim.web;

import capsim.model.Agency;
import capsim.model.LifeStories;
import capsim.output.JsonWriter;
import capsim.output.Numbers;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The life stories of a live run as JSON: {@link #people} lists who is followed; {@link #story}
 * gives one person's story in every arm, week by week as columns (week, age, need by domain,
 * strengths, wellbeing, carer strain, cost by agency), with what happened and the services
 * they were in (each change of services, not every week's).
 */
final class StoryJson {
    private StoryJson() {}

    /** {@code {"people": [{"id", "why", "female", "age"}]}}: the people followed (the same in every arm); ids are strings, as a 64-bit id is beyond a JavaScript number. */
    static String people(List<List<LifeStories.Story>> arms) {
        StringBuilder b = new StringBuilder("{\"people\": [");
        if (!arms.isEmpty()) {
            List<LifeStories.Story> first = arms.get(0);
            for (int k = 0; k < first.size(); k++) {
                LifeStories.Story s = first.get(k);
                if (k > 0) b.append(", ");
                b.append("{\"id\": \"").append(s.id()).append("\", \"why\": ").append(JsonWriter.quoted(s.why()))
                        .append(", \"female\": ").append(s.female()).append(", \"age\": ").append(s.ageAtStart()).append('}');
            }
        }
        return b.append("]}").toString();
    }

    /** One person's story in each arm, or null if no one of that id is followed. */
    static String story(List<List<LifeStories.Story>> arms, List<String> names, long id) {
        StringBuilder b = new StringBuilder();
        for (int a = 0; a < arms.size(); a++) {
            LifeStories.Story s = arms.get(a).stream().filter(x -> x.id() == id).findFirst().orElse(null);
            if (s == null) return null;
            if (a == 0) b.append("{\"id\": \"").append(id).append("\", \"why\": ").append(JsonWriter.quoted(s.why()))
                    .append(", \"female\": ").append(s.female()).append(", \"age\": ").append(s.ageAtStart()).append(", \"arms\": [");
            else b.append(", ");
            arm(b, names.get(a), s);
        }
        return b.append("]}").toString();
    }

    private static void arm(StringBuilder b, String name, LifeStories.Story s) {
        List<LifeStories.State> w = s.weeks();
        b.append("{\"name\": ").append(JsonWriter.quoted(name)).append(", \"present\": ").append(s.present());
        column(b, "week", w, x -> x.week());
        column(b, "age", w, x -> x.age());
        String[] domains = {"safety", "health", "mental", "living"};
        for (int d = 0; d < 4; d++) { int dd = d; column(b, "need_" + domains[d], w, x -> x.need()[dd]); }
        column(b, "strengths", w, x -> x.strengths());
        column(b, "wellbeing", w, x -> x.wellbeing());
        column(b, "strain", w, x -> x.strain());
        b.append(", \"cost\": {");
        boolean any = false;
        double total = 0;
        for (Agency ag : Agency.values()) {
            double sum = 0;
            for (LifeStories.State x : w) sum += x.cost()[ag.ordinal()];
            if (sum == 0) continue;
            total += sum;
            if (any) b.append(", ");
            any = true;
            b.append('"').append(ag.code).append("\": ");
            Numbers.append(b, Math.round(sum * 100) / 100.0);
        }
        b.append("}, \"cost_total\": ");
        Numbers.append(b, Math.round(total * 100) / 100.0);
        b.append(", \"services\": [");
        String last = null;
        boolean first = true;
        for (LifeStories.State x : w) {
            if (x.services().equals(last)) continue;
            last = x.services();
            if (!first) b.append(", ");
            first = false;
            b.append('[').append(x.week()).append(", ").append(JsonWriter.quoted(x.services())).append(']');
        }
        b.append("], \"happenings\": [");
        List<LifeStories.Happening> h = s.happenings();
        for (int k = 0; k < h.size(); k++) {
            LifeStories.Happening e = h.get(k);
            if (k > 0) b.append(", ");
            b.append('[').append(e.week()).append(", ").append(JsonWriter.quoted(e.event().name().toLowerCase(Locale.ROOT)))
                    .append(", ").append(e.agency() == null ? "null" : JsonWriter.quoted(e.agency().code)).append(']');
        }
        b.append("]}");
    }

    private static void column(StringBuilder b, String key, List<LifeStories.State> w, ToDoubleFunction<LifeStories.State> f) {
        b.append(", \"").append(key).append("\": [");
        for (int k = 0; k < w.size(); k++) {
            if (k > 0) b.append(',');
            double x = f.applyAsDouble(w.get(k));
            Numbers.append(b, Math.round(x * 1000) / 1000.0);  // three decimals: a chart's precision
        }
        b.append(']');
    }
}
