package org.skinadvisor.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.skinadvisor.intake.Answer;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.knowledge.Applicability;
import org.skinadvisor.knowledge.Contraindication;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.Treatment;
import org.skinadvisor.report.Columns;
import org.skinadvisor.report.SafeText;
import org.skinadvisor.screening.Screener;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guided check: asks for the concerns, then each screening question the knowledge base defines for the
 * treatments that address them. Prompts go to standard error so standard output holds only the assessment.
 * Scriptable: concerns one per line, an empty line, then one answer per question in the order asked.
 */
final class GuidedCheck {
    /** Piped answers ran out, or the input cannot be used. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final Screener screener;
    private final BufferedReader in;
    private final PrintWriter prompt;
    private final boolean terminal;

    GuidedCheck(Screener screener, BufferedReader in, PrintWriter prompt, boolean terminal) {
        this.screener = screener;
        this.in = in;
        this.prompt = prompt;
        this.terminal = terminal;
    }

    IntakeProfile run(String id) throws IOException, Refused {
        KnowledgeBase kb = screener.knowledgeBase();
        prompt.println("Concerns, one per line (an empty line ends them):");
        prompt.flush();
        List<String> concerns = new ArrayList<>();
        Set<String> recognised = new LinkedHashSet<>();
        for (String line = in.readLine(); line != null && !line.isBlank(); line = in.readLine()) {
            String concern = line.strip();
            concerns.add(concern);
            List<String> ids = screener.recognise(concern);
            recognised.addAll(ids);
            if (ids.isEmpty()) {
                String hint = screener.suggest(concern);
                prompt.println("  not recognised" + (hint == null ? "" : " (did you mean "
                        + kb.concern(hint).orElseThrow().name() + "?)") + "; kept as typed");
            } else {
                prompt.println("  -> " + String.join(", ", ids.stream().map(i -> kb.concern(i).orElseThrow().name()).toList()));
            }
            prompt.flush();
        }
        if (concerns.isEmpty()) {
            throw new Refused("no concerns given: `check --interactive` needs a terminal, or answers piped on standard"
                    + " input (concerns one per line, an empty line, then one answer per question)");
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Contraindication c : questionsFor(kb, recognised)) {
            Answer a = ask(c, relevantTreatments(kb, recognised));
            if (a == null) {
                prompt.println("(no more answers: the remaining questions stay unknown)");
                break;
            }
            answers.put(c.question().id(), a);
        }
        prompt.flush();
        return new IntakeProfile(id, concerns, null, null, null, null, null, answers);
    }

    /** One question per contraindication of a treatment addressing a recognised concern, in knowledge-base order. */
    static List<Contraindication> questionsFor(KnowledgeBase kb, Set<String> concerns) {
        Set<String> treatments = relevantTreatments(kb, concerns);
        return kb.contraindications().stream()
                .filter(c -> c.treatments().stream().anyMatch(a -> treatments.contains(a.treatment()))).toList();
    }

    private static Set<String> relevantTreatments(KnowledgeBase kb, Set<String> concerns) {
        Set<String> ids = new LinkedHashSet<>();
        for (Treatment t : kb.treatments()) {
            if (concerns.stream().anyMatch(c -> t.indicationFor(c).isPresent())) {
                ids.add(t.id());
            }
        }
        return ids;
    }

    private Answer ask(Contraindication c, Set<String> treatments) throws IOException, Refused {
        while (true) {
            prompt.print(Columns.wrappedKeepingTail(c.question().text(), "[yes/no/unknown, ? for why]") + " ");
            prompt.flush();
            String line = in.readLine();
            if (!terminal || line == null) {
                prompt.println(); // piped answers are not echoed: end the prompt's line
            }
            if (line == null) {
                return null;
            }
            if (line.strip().equals("?")) {
                for (Applicability a : c.treatments()) {
                    if (treatments.contains(a.treatment())) {
                        prompt.print(Columns.wrapped("  " + a.treatment() + " (" + a.severity().word() + "): ", "    ",
                                a.explanation() + " [" + String.join(", ", a.sources()) + "]"));
                    }
                }
                continue;
            }
            Answer a = Answer.parse(line);
            if (a != null) {
                return a;
            }
            if (!terminal) {
                String said = line.isBlank() ? "an empty answer" : "answer `" + SafeText.terminal(line.strip()) + "`";
                throw new Refused(said + " to `" + c.question().id() + "` is not yes, no or unknown (y/n/u)");
            }
            prompt.println("  please answer yes, no or unknown (y/n/u), or ? for why");
        }
    }

    /**
     * The collected profile as YAML that `check` reads back, its answers in the order they were asked (the
     * profile's own map has no order) so that the file reads like the interview.
     */
    static String yaml(IntakeProfile p, KnowledgeBase kb) {
        StringBuilder b = new StringBuilder("# written by skinadvisor check --interactive\n");
        b.append("id: ").append(quoted(p.id())).append('\n').append("concerns:\n");
        p.concerns().forEach(c -> b.append("  - ").append(quoted(c)).append('\n'));
        if (!p.answers().isEmpty()) {
            b.append("answers:\n");
            for (Contraindication c : kb.contraindications()) {
                Answer a = p.answers().get(c.question().id());
                if (a != null) {
                    b.append("  ").append(c.question().id()).append(": ").append(a.word()).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String quoted(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
}
