package org.skinadvisor.screening;

import org.skinadvisor.knowledge.Question;

/** How the verdict would change if one open question were answered yes, or no. */
public record WhatIf(Question question, String contraindication, Verdict ifYes, Verdict ifNo) {
}
