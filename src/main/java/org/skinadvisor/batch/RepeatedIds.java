package org.skinadvisor.batch;

/**
 * The patient ids of a run, in input order, to count the records that repeat an earlier record's id: one patient's
 * form exported twice, or two patients entered under one id, whom a report joined on id would mix up.
 * <p>
 * Memory stays bounded: ids are kept as 64-bit hashes in an open-addressing table that grows to hold at most
 * {@code limit} ids (16 MB for {@link #LIMIT}); the ids after that are not checked, which {@link #checkedAll} says.
 * Two different ids share a hash by chance about once in 37 million runs of a million records each.
 */
public final class RepeatedIds {
    /** The most ids a run checks. */
    public static final int LIMIT = 1 << 20;
    private static final long EMPTY = 0;
    private final int limit;
    private long[] slots = new long[1 << 10];
    private int size;
    private long repeats;
    private String first;
    private boolean checkedAll = true;

    RepeatedIds(int limit) {
        this.limit = limit;
    }

    RepeatedIds() {
        this(LIMIT);
    }

    /** A record's id, or null when it has none. */
    void add(String id) {
        if (id == null || id.isEmpty()) {
            return;
        }
        long hash = hash(id);
        int mask = slots.length - 1;
        int at = (int) hash & mask;
        while (slots[at] != EMPTY) {
            if (slots[at] == hash) {
                repeats++;
                if (first == null) {
                    first = id;
                }
                return;
            }
            at = (at + 1) & mask;
        }
        if (size == limit) {
            checkedAll = false;
            return;
        }
        slots[at] = hash;
        if (++size * 2 > slots.length) {
            grow();
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long hash : old) {
            if (hash != EMPTY) {
                int at = (int) hash & mask;
                while (slots[at] != EMPTY) {
                    at = (at + 1) & mask;
                }
                slots[at] = hash;
            }
        }
    }

    /** FNV-1a over the characters, then MurmurHash3's finaliser so that the low bits, the table's index, mix well. */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }

    /** Records whose id an earlier record of the run had. */
    public long repeats() {
        return repeats;
    }

    /** The first id found repeated, or null. */
    public String first() {
        return first;
    }

    /** False when the run had more distinct ids than the table holds: those after the limit were not checked. */
    public boolean checkedAll() {
        return checkedAll;
    }

    public int limit() {
        return limit;
    }
}
