package org.skinadvisor.screening;

/** Where one contraindication stands for one patient. */
public enum CheckStatus {
    /** The record shows it. */
    MATCHED,
    /** The record probably shows it (a near spelling, or a term that needs confirming). */
    PROBABLE,
    /** The record is silent: a list it needs is absent. */
    UNKNOWN,
    /** The record rules it out. */
    CLEAR
}
