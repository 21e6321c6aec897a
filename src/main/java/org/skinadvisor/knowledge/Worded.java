package org.skinadvisor.knowledge;

/** A knowledge-base value written as a word in conditions.yaml and in reports (e.g. "absolute", "limited-moderate"). */
public interface Worded {
    String word();

    /** The constant written as {@code word}, or null. */
    static <E extends Enum<E> & Worded> E fromWord(Class<E> type, String word) {
        for (E e : type.getEnumConstants()) {
            if (e.word().equals(word)) {
                return e;
            }
        }
        return null;
    }
}
