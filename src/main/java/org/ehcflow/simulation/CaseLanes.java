package org.ehcflow.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Runs a day's work on every core the machine has, one lane per core, each case's work in one lane and in the order
 * given: two cases never wait on each other, and one case's steps never run at once (as in the council, where one
 * officer holds each case). A case is the business key of the process instance the work belongs to.
 */
final class CaseLanes implements AutoCloseable {

    private static final int LOOKUP_CHUNK = 500;

    private final RuntimeService runtime;
    private final int lanes;
    private final ExecutorService workers;
    private final Map<String, String> caseOfInstance = new ConcurrentHashMap<>();

    CaseLanes(RuntimeService runtime, int lanes) {
        this.runtime = runtime;
        this.lanes = lanes;
        this.workers = Executors.newFixedThreadPool(lanes, work -> {
            Thread worker = new Thread(work, "simulation-lane");
            worker.setDaemon(true);
            return worker;
        });
    }

    <T> void run(List<T> work, Function<T, String> processInstanceOf, Consumer<T> step) throws InterruptedException {
        learnCases(work.stream().map(processInstanceOf).toList());
        List<List<T>> byLane = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            byLane.add(new ArrayList<>());
        }
        for (T item : work) {
            String instance = processInstanceOf.apply(item);
            String caseOf = instance == null ? "" : caseOfInstance.getOrDefault(instance, instance);
            byLane.get(Math.floorMod(caseOf.hashCode(), lanes)).add(item);
        }
        List<Future<?>> running = new ArrayList<>();
        for (List<T> lane : byLane) {
            running.add(workers.submit(() -> lane.forEach(step)));
        }
        for (Future<?> lane : running) {
            try {
                lane.get();
            } catch (java.util.concurrent.ExecutionException failed) {
                throw new IllegalStateException("A lane of the simulation failed", failed.getCause());
            }
        }
    }

    private void learnCases(List<String> instances) {
        Set<String> unknown = new HashSet<>();
        for (String instance : instances) {
            if (instance != null && !caseOfInstance.containsKey(instance)) {
                unknown.add(instance);
            }
        }
        List<String> ids = new ArrayList<>(unknown);
        for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
            Set<String> chunk = new HashSet<>(ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK)));
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(chunk).list()) {
                caseOfInstance.put(instance.getId(), instance.getBusinessKey() == null ? instance.getId() : instance.getBusinessKey());
            }
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
