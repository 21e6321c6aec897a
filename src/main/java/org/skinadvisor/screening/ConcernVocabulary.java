package org.skinadvisor.screening;

import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.knowledge.Concern;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.matching.EditDistance;
import org.skinadvisor.matching.PhraseIndex;
import org.skinadvisor.matching.Terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The concern groups of a knowledge base, by id, display name and synonym: which groups a patient's concern names.
 * Concerns are matched exactly (no near spellings); one that names none gets a suggestion when one is close, and so
 * does each item of a list written as one entry that names none ("acne scars and sweating").
 */
final class ConcernVocabulary {
    /**
     * Words of a synonym that say nothing of which concern is meant: every concern is of the skin, so "oily skin" or
     * "loose skin" had been asked "did you mean skin discoloration?".
     */
    private static final Set<String> SAYS_NO_CONCERN = Set.of("skin");

    /**
     * The concern groups an entry names, by knowledge-base position, or a suggested id when none (may be null); and
     * the items of a list written as one entry that name no group.
     */
    record Recognition(int[] positions, String suggestion, List<String> itemsNamingNone) {
    }

    private final PhraseIndex<Integer> phrases;
    private final Map<String, List<String>> synonymWords = new LinkedHashMap<>();
    /** Synonyms of several words written together ("acnescar"), to suggest their concern. */
    private final Map<String, String> joinedSynonyms = new HashMap<>();
    private final EntryCache<Recognition> recognitions = new EntryCache<>(this::analyse);

    ConcernVocabulary(KnowledgeBase kb) {
        PhraseIndex.Builder<Integer> builder = PhraseIndex.builder();
        List<Concern> concerns = kb.concerns();
        for (int position = 0; position < concerns.size(); position++) {
            Concern c = concerns.get(position);
            builder.add(c.id(), position).add(c.name(), position);
            for (String s : c.synonyms()) {
                builder.add(s, position);
                List<String> words = Terms.words(s);
                for (String w : words) {
                    if (!SAYS_NO_CONCERN.contains(w)) {
                        synonymWords.computeIfAbsent(w, k -> new ArrayList<>()).add(c.id());
                    }
                }
                if (words.size() >= 2) {
                    joinedSynonyms.putIfAbsent(Terms.joined(s), c.id());
                }
            }
        }
        this.phrases = builder.build();
    }

    Recognition recognise(String input) {
        return recognitions.get(input);
    }

    /** Where the words name a concern (its id, name or a synonym), each hit valued with its knowledge-base position. */
    List<PhraseIndex.Hit<Integer>> find(List<String> words) {
        return phrases.find(words);
    }

    /** Whether the text, as a whole, names a concern: "acne scars" does, "after acne" does not. */
    boolean isTerm(String text) {
        List<String> words = Terms.words(text);
        return phrases.find(words).stream().anyMatch(hit -> hit.start() == 0 && hit.end() == words.size());
    }

    private Recognition analyse(String input) {
        List<String> words = Terms.words(input);
        Set<Integer> positions = new LinkedHashSet<>();
        List<PhraseIndex.Hit<Integer>> hits = phrases.find(words);
        for (PhraseIndex.Hit<Integer> hit : hits) {
            positions.add(hit.value());
        }
        return new Recognition(positions.stream().mapToInt(Integer::intValue).toArray(),
                positions.isEmpty() ? suggest(words) : null,
                positions.isEmpty() ? List.of() : itemsNamingNone(input, words, hits));
    }

    /**
     * The items of a list written as one entry that name no concern and say more than how, when or where: the entry
     * was recognised by its other items, and "spots" in "acne scars and spots" went unreported. An item may borrow a
     * word of a concern the entry names, before or after it ("acne and burn scars", "scars from acne and burns").
     */
    private List<String> itemsNamingNone(String input, List<String> words, List<PhraseIndex.Hit<Integer>> hits) {
        List<String> items = Terms.listItems(input);
        if (items.size() < 2) {
            return List.of();
        }
        Set<String> named = new LinkedHashSet<>();
        for (PhraseIndex.Hit<Integer> hit : hits) {
            named.addAll(words.subList(hit.start(), hit.end()));
        }
        List<String> none = new ArrayList<>();
        for (String item : items) {
            List<String> itemWords = Terms.words(item);
            if (!namesAConcern(itemWords, named)
                    && !itemWords.stream().allMatch(w -> named.contains(w) || IntakeProfile.isQualifier(w))) {
                none.add(item);
            }
        }
        return List.copyOf(none);
    }

    /** Whether the item names a concern as written, or with a word the entry's concerns name before or after it. */
    private boolean namesAConcern(List<String> itemWords, Set<String> named) {
        if (!phrases.find(itemWords).isEmpty()) {
            return true;
        }
        for (String w : named) {
            List<String> before = new ArrayList<>(itemWords);
            before.add(w);
            List<String> after = new ArrayList<>();
            after.add(w);
            after.addAll(itemWords);
            if (coversAll(before) || coversAll(after)) {
                return true;
            }
        }
        return false;
    }

    private boolean coversAll(List<String> words) {
        boolean[] covered = new boolean[words.size()];
        for (PhraseIndex.Hit<Integer> hit : phrases.find(words)) {
            Arrays.fill(covered, hit.start(), hit.end(), true);
        }
        for (boolean c : covered) {
            if (!c) {
                return false;
            }
        }
        return true;
    }

    /**
     * A concern one of the input's words writes without its spaces, one sharing a word with the input, or one a word
     * is a near spelling of.
     */
    private String suggest(List<String> words) {
        for (String w : words) {
            String joined = joinedSynonyms.get(w);
            if (joined != null) {
                return joined;
            }
        }
        for (String w : words) {
            List<String> ids = synonymWords.get(w);
            if (ids != null && w.length() >= 4) {
                return ids.get(0);
            }
        }
        for (String w : words) {
            int tolerance = EditDistance.tolerance(w.length());
            if (tolerance == 0) {
                continue;
            }
            for (Map.Entry<String, List<String>> e : synonymWords.entrySet()) {
                if (EditDistance.between(w, e.getKey(), tolerance) <= tolerance) {
                    return e.getValue().get(0);
                }
            }
        }
        return null;
    }
}
