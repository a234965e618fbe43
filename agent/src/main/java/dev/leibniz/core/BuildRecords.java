package dev.leibniz.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What each companion build of one {@link ModeUnit} read and wrote of its mode's state (failures,
 * work, variants, splits, pairs, the companions made...), so that the until-stable rounds need not
 * build a method again whose build would read the same answers: a build is a function of the
 * method's graphs (fixed for the mode's life) and of those answers, so its last result is reused and
 * its writes done again, in the same order, at the same point of the round. A build that reads
 * anything that changed since is done again (and recorded anew).
 *
 * <p>Only the state collections made here ({@link #set}, {@link #map}) are recorded, and only their
 * lookups by key ({@code contains}, {@code containsKey}, {@code get}) and their writes ({@code add},
 * {@code remove}, {@code put}); nothing a build runs may iterate them. One record per mode, used by
 * one thread.
 */
final class BuildRecords {
  /** One build's reads (each true while it still answers as it did) and writes (to do again). */
  private record Log(List<BooleanSupplier> reads, List<Runnable> writes) {}

  /** The log of the build running, or null between builds. */
  private Log current;
  /** The last successful build under each name ({@link ModeUnit}'s made key of what it builds). */
  private final Map<String, Log> builds = new HashMap<>();

  /** A step that builds and puts what it built in the mode's recorded state. */
  interface Step {
    void run() throws NotDifferentiable;
  }

  /**
   * Runs {@code step}, or, when its last successful run under {@code name} read only what still
   * answers the same, does that run's writes again instead. A step that throws is not kept.
   */
  void run(String name, Step step) throws NotDifferentiable {
    if (current != null) throw new IllegalStateException("builds do not nest: " + name);
    Log last = builds.get(name);
    if (last != null && last.reads.stream().allMatch(BooleanSupplier::getAsBoolean)) {
      last.writes.forEach(Runnable::run);
      return;
    }
    builds.remove(name);
    current = new Log(new ArrayList<>(), new ArrayList<>());
    try {
      step.run();
      builds.put(name, current);
    } finally {
      current = null;
    }
  }

  /** Forgets every build: state the records do not cover changed (methods lifted). */
  void forget() {
    builds.clear();
  }

  /** Records a write of state kept outside these collections, done again with the build. */
  void wrote(Runnable write) {
    if (current != null) current.writes.add(write);
  }

  private void read(BooleanSupplier stillSame) {
    if (current != null) current.reads.add(stillSame);
  }

  /** A new set of this mode's state, recorded. */
  RecordedSet set() {
    return new RecordedSet();
  }

  /** A new map of this mode's state, recorded. */
  <V> RecordedMap<V> map() {
    return new RecordedMap<>();
  }

  /** A set of keys whose lookups and writes during a build are recorded (insertion-ordered, as before). */
  final class RecordedSet extends LinkedHashSet<String> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean contains(Object o) {
      boolean answer = super.contains(o);
      read(() -> super.contains(o) == answer);
      return answer;
    }

    @Override
    public boolean add(String s) {
      boolean added = super.add(s);
      read(() -> super.contains(s) != added);
      wrote(() -> super.add(s));
      return added;
    }

    @Override
    public boolean remove(Object o) {
      boolean removed = super.remove(o);
      read(() -> super.contains(o) == removed);
      wrote(() -> super.remove(o));
      return removed;
    }
  }

  /** A map by key whose lookups and writes during a build are recorded (values compared by identity). */
  final class RecordedMap<V> extends LinkedHashMap<String, V> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean containsKey(Object key) {
      boolean answer = super.containsKey(key);
      read(() -> super.containsKey(key) == answer);
      return answer;
    }

    @Override
    public V get(Object key) {
      V answer = super.get(key);
      read(() -> super.get(key) == answer);
      return answer;
    }

    @Override
    public V put(String key, V value) {
      V before = super.put(key, value);
      read(() -> super.get(key) == before);
      wrote(() -> super.put(key, value));
      return before;
    }
  }
}
