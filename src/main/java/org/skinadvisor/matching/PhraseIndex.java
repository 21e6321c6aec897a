package org.skinadvisor.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases as whole-word runs inside a list of words, e.g. "warfarin" inside
 * "warfarin 5 mg daily". Built once from the knowledge base; immutable and thread-safe afterwards.
 */
public final class PhraseIndex<T> {
    public record Entry<T>(List<String> words, T value) {
    }

    public record Hit<T>(int start, int end, T value) {
        public boolean covers(Hit<?> other) {
            return start <= other.start && other.end <= end;
        }
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    public static final class Builder<T> {
        private final PhraseIndex<T> index = new PhraseIndex<>();

        public Builder<T> add(String phrase, T value) {
            List<String> words = Terms.words(phrase);
            if (!words.isEmpty()) {
                index.byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry<>(List.copyOf(words), value));
            }
            return this;
        }

        public PhraseIndex<T> build() {
            return index;
        }
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public List<Hit<T>> find(List<String> words) {
        List<Hit<T>> hits = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<Entry<T>> candidates = byFirstWord.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            for (Entry<T> e : candidates) {
                if (matchesAt(words, i, e.words())) {
                    hits.add(new Hit<>(i, i + e.words().size(), e.value()));
                }
            }
        }
        return hits;
    }

    private static boolean matchesAt(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int j = 1; j < phrase.size(); j++) {
            if (!phrase.get(j).equals(words.get(at + j))) {
                return false;
            }
        }
        return true;
    }
}
