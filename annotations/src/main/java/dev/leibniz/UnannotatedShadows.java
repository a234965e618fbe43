package dev.leibniz;

import dev.leibniz.contract.CompanionContract;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the type of a companion whose objects include classes nobody annotated that the agent gave
 * shadows (README, "Objects": their fields are written by the differentiated code). That decision is
 * the agent's, taken from code this class cannot see, so it is read back from the companion the
 * agent generated: among the types the contract allows — each candidate class with or without a
 * shadow, the receiver's shadow typed as one of its superclasses — the one the owner declares.
 */
final class UnannotatedShadows {
  /** Candidate classes at most (2^n types are tried). */
  private static final int MAX_CANDIDATES = 8;

  private UnannotatedShadows() {}

  /** The type of {@code m}'s companion {@code kind} the owner declares with such shadows, or null. */
  static MethodType companionType(CompanionContract.Kind kind, Method m) {
    List<String> candidates = new ArrayList<>(candidates(m));
    if (candidates.size() > MAX_CANDIDATES) return null;
    List<Class<?>> receivers = new ArrayList<>();
    receivers.add(null);
    if (!Modifier.isStatic(m.getModifiers())) {
      for (Class<?> k = m.getDeclaringClass(); k != null && k != Object.class; k = k.getSuperclass()) {
        if (ZeroShadows.mayHaveShadow(k)) receivers.add(k);
      }
    }
    String name = kind.companionName(m.getName());
    for (int mask = 0; mask < 1 << candidates.size(); mask++) {
      Set<String> chosen = new HashSet<>();
      for (int i = 0; i < candidates.size(); i++) {
        if ((mask & 1 << i) != 0) chosen.add(candidates.get(i));
      }
      for (Class<?> receiver : receivers) {
        if (mask == 0 && receiver == null) continue; // the annotated contract, tried first by the caller
        MethodType t = Derivatives.companionType(kind, m, chosen, receiver);
        if (Derivatives.declares(m.getDeclaringClass(), name, t)) return t;
      }
    }
    return null;
  }

  /** The element classes of the parameters and result that may have shadows without being annotated. */
  private static Set<String> candidates(Method m) {
    Set<String> out = new LinkedHashSet<>();
    List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
    types.add(m.getReturnType());
    for (Class<?> t : types) {
      Class<?> e = t;
      while (e.isArray()) e = e.getComponentType();
      // an interface or abstract class outside the JDK: a shadow slot when classes with shadows implement it (the agent's
      // core.SlotTypes)
      boolean slot = !e.isPrimitive() && !e.isArray() && !ZeroShadows.isJdk(e) && (e.isInterface() || Modifier.isAbstract(e.getModifiers()));
      if (!e.isPrimitive() && !Derivatives.hasShadow(e) && (slot || ZeroShadows.mayHaveShadow(e))) out.add(e.getName().replace('.', '/'));
    }
    return out;
  }
}
