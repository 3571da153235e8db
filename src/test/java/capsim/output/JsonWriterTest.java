package capsim.output;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class JsonWriterTest {
    @Test
    void writesKeysInOrderWithFixedLayout() {
        String json = new JsonWriter().beginObject()
                .field("b", "x\"y\n")
                .field("a", 1.5)
                .name("empty").beginArray().endArray()
                .name("list").beginArray().value(1).value(Double.NaN).endArray()
                .name("ci").inline(0.25, 3)
                .name("o").beginObject().field("n", 2L).endObject()
                .endObject().toString();
        assertEquals("""
                {
                  "b": "x\\"y\\n",
                  "a": 1.5,
                  "empty": [],
                  "list": [
                    1,
                    null
                  ],
                  "ci": [0.25, 3],
                  "o": {
                    "n": 2
                  }
                }
                """, json);
    }

    @Test
    void refusesUnclosedDocuments() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().toString());
    }
}
