package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A repeated instance is written once per answer, and the answer's bytes are those Jackson writes anyway. */
class RepeatedValuesTest {

    private static final AtomicInteger TITLES_READ = new AtomicInteger();

    record Publisher(String id, String label) {
    }

    @RepeatedInAnswers
    record Document(String iri, String title, Publisher publisher, String date) {

        @Override
        public String title() {
            TITLES_READ.incrementAndGet();
            return title;
        }
    }

    record Item(String label, List<Document> sources) {
    }

    record Answer(List<Item> items, Map<String, List<Item>> only, List<Document> sources, long generation) {
    }

    private final JsonMapper plain = JsonMapper.builder().build();
    private final JsonMapper withModule = JsonMapper.builder()
            .addModule(new RepeatedValuesConfiguration().repeatedValues()).build();

    private static Answer answer() {
        // Two instances of the same document that are equal but not the same, one with nulls and
        // characters a JSON writer escapes or encodes.
        Document a = new Document("https://example.org/a", "Kansainvälinen \"yhteistyö\"\n",
                new Publisher("espoo", "Esbo stad"), "2017-09");
        Document b = new Document("https://example.org/b", null, null, null);
        Document aAgain = new Document(a.iri, a.title, a.publisher(), a.date());
        List<Item> items = List.of(new Item("Eurocities", List.of(a, b)), new Item("C21", List.of(a)),
                new Item("UCLG", List.of(aAgain, a)));
        return new Answer(items, Map.of("espoo", List.of(new Item("UNESCO", List.of(b, a)))), List.of(a, b), 7);
    }

    @Test
    void theAnswerIsTheSameByteForByte() {
        Answer answer = answer();
        assertThat(withModule.writeValueAsBytes(answer)).isEqualTo(plain.writeValueAsBytes(answer));
        // Pretty-printed, a copied instance keeps the indentation of its first place: the same JSON all the same.
        assertThat(withModule.readTree(withModule.writerWithDefaultPrettyPrinter().writeValueAsString(answer)))
                .isEqualTo(plain.readTree(plain.writeValueAsString(answer)));
    }

    @Test
    void eachInstanceIsWrittenOncePerAnswer() {
        Answer answer = answer();
        TITLES_READ.set(0);
        plain.writeValueAsString(answer);
        int plainReads = TITLES_READ.getAndSet(0);
        withModule.writeValueAsString(answer);
        // Plain Jackson reads a title wherever a document comes (nine places); written once, three instances.
        assertThat(plainReads).isEqualTo(9);
        assertThat(TITLES_READ.get()).isEqualTo(3);
        withModule.writeValueAsString(answer);
        assertThat(TITLES_READ.get()).as("the next answer writes its instances afresh").isEqualTo(6);
    }
}
