package org.skinadvisor.screening;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of matching free-text entries, memoised: entries repeat across a batch ("aspirin 81mg", "acne
 * scars"), and matching one is pure. Bounded in count and in entry length; thread-safe.
 */
final class EntryCache<V> {
    private static final int LIMIT = 100_000;
    /**
     * Entries longer than this are matched afresh each time, never cached: with up to 10,000 characters each, a
     * cache bounded only in count could hold a gigabyte. Real entries are far shorter, and repeat.
     */
    private static final int CACHED_LENGTH = 64;

    private final Map<String, V> results = new ConcurrentHashMap<>();
    private final Function<String, V> match;

    EntryCache(Function<String, V> match) {
        this.match = match;
    }

    V get(String entry) {
        V cached = results.get(entry);
        if (cached != null) {
            return cached;
        }
        V result = match.apply(entry);
        if (entry.length() <= CACHED_LENGTH && results.size() < LIMIT) {
            results.put(entry, result);
        }
        return result;
    }
}
