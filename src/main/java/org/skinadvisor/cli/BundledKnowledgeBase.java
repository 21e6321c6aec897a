package org.skinadvisor.cli;

import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.KnowledgeBaseException;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The bundled knowledge base for this run. A clinician waits through every start-up, so {@code main} starts
 * reading it on a second core while picocli builds the command line (the two take about as long as each other);
 * the command then takes that result, once. Every other read, and every in-process run, reads it afresh.
 */
final class BundledKnowledgeBase {
    private static volatile FutureTask<KnowledgeBase> started;

    private BundledKnowledgeBase() {
    }

    static void readInBackground() {
        FutureTask<KnowledgeBase> read = new FutureTask<>(KnowledgeBaseLoader::bundled);
        started = read;
        Thread reader = new Thread(read, "knowledge-base");
        reader.setDaemon(true);
        reader.start();
    }

    static KnowledgeBase read() throws KnowledgeBaseException {
        FutureTask<KnowledgeBase> read = started;
        started = null;
        if (read == null) {
            return KnowledgeBaseLoader.bundled();
        }
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof KnowledgeBaseException broken) {
                throw broken;
            }
            throw new IllegalStateException("reading the bundled knowledge base failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the bundled knowledge base", e);
        }
    }
}
