package org.citynet.web.api.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of numbered owners (the index's terms, or its agreements) by language tag, compactly: for
 * owner {@code i}, the entries from {@code start[i]} to {@code start[i + 1]}, each a language (a number
 * into a small table of tags) and a text. Equal texts are one String however often they occur (a city's
 * name is often the same in Finnish, Swedish and English). One label per owner and language tag: the
 * smallest, as {@link SparqlMembershipSource} keeps it. Built by one thread ({@link Builder}), then
 * immutable and thread-safe.
 */
final class LabelColumn {

    private final int[] start;
    private final int[] languages;
    private final String[] texts;
    private final String[] tags;
    private final long textBytes;

    private LabelColumn(int[] start, int[] languages, String[] texts, String[] tags, long textBytes) {
        this.start = start;
        this.languages = languages;
        this.texts = texts;
        this.tags = tags;
        this.textBytes = textBytes;
    }

    /** The owner's labels by language tag ("" for an untagged label); empty if it has none. */
    @SuppressWarnings("unchecked")
    Map<String, String> labels(int owner) {
        int from = start[owner];
        int to = start[owner + 1];
        if (from == to) {
            return Map.of();
        }
        Map.Entry<String, String>[] entries = new Map.Entry[to - from];
        for (int k = from; k < to; k++) {
            entries[k - from] = Map.entry(tags[languages[k]], texts[k]);
        }
        return Map.ofEntries(entries);
    }

    int size() {
        return texts.length;
    }

    /** The arrays, and each distinct text once (a String of n Latin-1 characters takes about 40 + n bytes). */
    long approximateBytes() {
        return 4L * (start.length + languages.length + texts.length) + textBytes;
    }

    /** Collects labels in any order; {@link #freeze} sorts them by owner. */
    static final class Builder {

        private final IntColumn owners = new IntColumn();
        private final IntColumn languages = new IntColumn();
        private final List<String> texts = new ArrayList<>();
        private final Map<String, Integer> tagNumbers = new HashMap<>();
        private final List<String> tags = new ArrayList<>();
        private final Map<String, String> interned = new HashMap<>();

        void add(int owner, String language, String text) {
            owners.add(owner);
            languages.add(tagNumbers.computeIfAbsent(language, tag -> {
                tags.add(tag);
                return tags.size() - 1;
            }));
            texts.add(interned.computeIfAbsent(text, t -> t));
        }

        /** @param ownerCount owners are numbered from 0 to {@code ownerCount - 1} */
        LabelColumn freeze(int ownerCount) {
            int[] owner = owners.toArray();
            int[] language = languages.toArray();
            // Counting sort by owner, then per owner by language and text; the first of each language stays.
            int[] count = new int[ownerCount + 1];
            for (int o : owner) {
                count[o + 1]++;
            }
            for (int i = 0; i < ownerCount; i++) {
                count[i + 1] += count[i];
            }
            int[] order = new int[owner.length];
            int[] next = Arrays.copyOf(count, ownerCount);
            for (int k = 0; k < owner.length; k++) {
                order[next[owner[k]]++] = k;
            }
            int[] start = new int[ownerCount + 1];
            IntColumn keptLanguages = new IntColumn();
            List<String> keptTexts = new ArrayList<>();
            for (int o = 0; o < ownerCount; o++) {
                start[o] = keptTexts.size();
                sortSegment(order, count[o], count[o + 1], language);
                for (int k = count[o]; k < count[o + 1]; k++) {
                    if (k == count[o] || language[order[k]] != language[order[k - 1]]) {
                        keptLanguages.add(language[order[k]]);
                        keptTexts.add(texts.get(order[k]));
                    }
                }
            }
            start[ownerCount] = keptTexts.size();
            long textBytes = 0;
            for (String text : interned.values()) {
                textBytes += 40 + text.length();
            }
            return new LabelColumn(start, keptLanguages.toArray(), keptTexts.toArray(String[]::new),
                    tags.toArray(String[]::new), textBytes);
        }

        /** Insertion sort by language, then text: an owner has a handful of labels. */
        private void sortSegment(int[] order, int from, int to, int[] language) {
            for (int i = from + 1; i < to; i++) {
                int entry = order[i];
                int j = i - 1;
                while (j >= from && compare(order[j], entry, language) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = entry;
            }
        }

        private int compare(int a, int b, int[] language) {
            return language[a] != language[b] ? tags.get(language[a]).compareTo(tags.get(language[b]))
                    : texts.get(a).compareTo(texts.get(b));
        }
    }
}
