package dev.leibniz.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The companion contract (README.md, "The contract"), defined once: for a method {@code R m(p1,
 * ..., pn)}, the parameters of each companion, in order, with the role of each, its type and its
 * conventional name. Everything that needs a companion's shape asks this class: the agent's core
 * (descriptors, the parameters the builders create, the calls they emit), {@code Derivatives}
 * (method types), the annotation processor (the typed facades) and the texts of {@code verbose}
 * and {@code dump}.
 *
 * <p>Types are JVM descriptors ({@code D}, {@code [D}, {@code Ljava/lang/String;}); {@link
 * Signature#typeOf} maps a parameter to a type of any other representation (a {@code Class}, a
 * compiler's type) given the primal's parameter and result types. The class needs only {@code
 * java.base}; the agent carries a relocated copy of it.
 */
public final class CompanionContract {
  /** The suffix of forward-mode companions. */
  public static final String TANGENT_SUFFIX = "$tangent";

  /** The suffix of reverse-mode companions. */
  public static final String ADJOINT_SUFFIX = "$adjoint";

  /** The suffix of second-order companions (forward over reverse). */
  public static final String ADJOINT_TANGENT_SUFFIX = ADJOINT_SUFFIX + TANGENT_SUFFIX;

  /**
   * A method the agent adds to every class it transforms, {@code private static String
   * leibniz$shadowClasses()}: the binary names, comma-separated, of the classes nobody annotated that
   * its companions give shadows (their fields are written; README, "Objects"), so that {@code
   * Derivatives.zeroShadow} copies exactly those of the data it finds in fields.
   */
  public static final String SHADOW_CLASSES_METHOD = "leibniz$shadowClasses";

  /** The descriptor of the array of scalar adjoints. */
  public static final String DOUBLE_ARRAY = "[D";

  private CompanionContract() {}

  /** The companions of a method. */
  public enum Kind {
    /** {@code m$tangent}: forward mode. */
    TANGENT(TANGENT_SUFFIX, "Tangent"),
    /** {@code m$adjoint}: reverse mode. */
    ADJOINT(ADJOINT_SUFFIX, "Adjoint"),
    /** {@code m$adjoint$tangent}: the tangent of the adjoint ({@code @Differentiable(order = 2)}). */
    ADJOINT_TANGENT(ADJOINT_TANGENT_SUFFIX, "AdjointTangent");

    /** What the companion's name adds to the method's: {@code $tangent}. */
    public final String suffix;
    /** What a typed facade's method name adds to the method's: {@code Tangent}. */
    public final String facadeSuffix;

    Kind(String suffix, String facadeSuffix) {
      this.suffix = suffix;
      this.facadeSuffix = facadeSuffix;
    }

    /** The companion's name for method {@code name}. */
    public String companionName(String name) {
      return name + suffix;
    }

    /** The companion's signature for a method of descriptor {@code desc}. */
    public Signature of(String desc) {
      return of(desc, NO_SHADOWS);
    }

    /** The same, objects of the classes {@code marked} names (internal names) carrying shadows. */
    public Signature of(String desc, Predicate<String> marked) {
      return of(desc, marked, null);
    }

    /**
     * The same for an instance method whose receiver carries a shadow (README, "Objects"): {@code
     * receiverShadow} is the internal name of the shadow's class (the highest superclass marked
     * {@code @Differentiable}, so that overrides' companions override), null for a static method
     * or a receiver without a shadow. The receiver's shadows come first: {@code m$tangent} its
     * tangent shadow, {@code m$adjoint} its adjoint shadow, {@code m$adjoint$tangent} its tangent
     * shadow, its adjoint shadow and that one's tangent shadow (the tangent rule applied to the
     * adjoint, receiver included).
     */
    public Signature of(String desc, Predicate<String> marked, String receiverShadow) {
      Predicate<String> m = receiverShadow == null ? marked : marked.or(receiverShadow::equals);
      switch (this) {
        case TANGENT:
          return tangent(desc, m).withReceiverShadow(receiverShadow);
        case ADJOINT:
          return adjoint(desc, m).withReceiverShadow(receiverShadow);
        default:
          return adjoint(desc, m).withReceiverShadow(receiverShadow).tangent(ADJOINT_TANGENT).withReceiverShadow(receiverShadow);
      }
    }
  }

  /** What a companion parameter carries. */
  public enum Role {
    /**
     * A shadow of the receiver of an instance method of a class whose objects carry shadows (the
     * receiver itself is {@code this}, no parameter): its tangent shadow, or its adjoint shadow
     * (in {@code m$adjoint}, and the second one of {@code m$adjoint$tangent}).
     */
    RECEIVER_SHADOW,
    /** A differentiable parameter of the method itself. */
    INPUT,
    /** Any other parameter of the method itself. */
    PASSIVE,
    /** The tangent of parameter {@link Param#of} (same type). */
    TANGENT,
    /** The adjoint array of the differentiable array parameter {@link Param#of} (same type). */
    ADJOINT,
    /** The adjoint of the result (the result's type). */
    SEED,
    /** A {@code double[]} receiving the adjoints of the differentiable scalar parameters, in order. */
    SCALAR_ADJOINTS
  }

  /** One parameter of a companion. */
  public static final class Param {
    /** What it carries. */
    public final Role role;
    /** Its position in the companion's parameter list (the receiver not counted). */
    public final int index;
    /** For {@code INPUT} and {@code PASSIVE}: the position of the method's parameter; else -1. */
    public final int primal;
    /** For {@code TANGENT} and {@code ADJOINT}: the parameter it belongs to; else null. */
    public final Param of;
    /** Its JVM type descriptor. */
    public final String descriptor;
    /** For {@code SCALAR_ADJOINTS}: the parameters whose adjoints it receives, in order; else empty. */
    public final List<Param> receives;

    Param(Role role, int index, int primal, Param of, String descriptor, List<Param> receives) {
      this.role = role;
      this.index = index;
      this.primal = primal;
      this.of = of;
      this.descriptor = descriptor;
      this.receives = receives;
    }

    /** A differentiable scalar ({@code double} or {@code float}). */
    public boolean isScalar() {
      return CompanionContract.isScalar(descriptor);
    }

    /** An array of {@code double} or {@code float}, of any rank. */
    public boolean isDifferentiableArray() {
      return CompanionContract.isDifferentiableArray(descriptor);
    }

    @Override
    public String toString() {
      return role + "(" + descriptor + ")";
    }
  }

  /** A method's or a companion's parameters and result. */
  public static final class Signature {
    /** The companion, or null for the method itself. */
    public final Kind kind;
    /** The parameters, in order (the receiver of an instance method is not one of them). */
    public final List<Param> params;
    /** The result's descriptor. */
    public final String returnDescriptor;
    /** For a companion: its method's descriptor; for a method: its own. */
    public final String primalDescriptor;

    /** Which classes' objects carry shadows (README, "Objects"). */
    private final Predicate<String> marked;

    Signature(Kind kind, List<Param> params, String returnDescriptor, String primalDescriptor, Predicate<String> marked) {
      this.kind = kind;
      this.marked = marked;
      this.params = Collections.unmodifiableList(params);
      this.returnDescriptor = returnDescriptor;
      this.primalDescriptor = primalDescriptor;
    }

    /** The method descriptor: {@code (DD[D)D}. */
    public String descriptor() {
      StringBuilder sb = new StringBuilder("(");
      for (Param p : params) {
        sb.append(p.descriptor);
      }
      return sb.append(')').append(returnDescriptor).toString();
    }

    /** The JVM parameter slots its parameters take (two for a {@code double} or {@code long}; the receiver not counted). */
    public int slots() {
      int n = 0;
      for (Param p : params) {
        n += p.descriptor.equals("D") || p.descriptor.equals("J") ? 2 : 1;
      }
      return n;
    }

    /** The parameter that carries the tangent or adjoint of {@code p} (it follows {@code p}), or null. */
    public Param derivativeOf(Param p) {
      int next = p.index + 1;
      if (next < params.size()) {
        Param d = params.get(next);
        if (d.of == p && (d.role == Role.TANGENT || d.role == Role.ADJOINT)) {
          return d;
        }
      }
      return null;
    }

    /** The parameter carrying the method's parameter {@code primal} (its position in the method's list). */
    public Param ofPrimal(int primal) {
      for (Param p : params) {
        if (p.primal == primal) {
          return p;
        }
      }
      throw new IllegalArgumentException("no parameter " + primal + " in " + this);
    }

    /** The parameter of role {@code role}, or null. */
    public Param find(Role role) {
      for (Param p : params) {
        if (p.role == role) {
          return p;
        }
      }
      return null;
    }

    /**
     * Parameter {@code p}'s type in another representation, from the method's parameter types
     * {@code primalTypes}, its result type {@code primalResult} and the representation of {@code
     * double[]}: an input has its parameter's type, a tangent or adjoint the type of what it
     * belongs to, the seed the result's type.
     */
    public <T> T typeOf(Param p, List<T> primalTypes, T primalResult, T doubleArray) {
      return typeOf(p, primalTypes, primalResult, doubleArray, null);
    }

    /** {@link #typeOf(Param, List, Object, Object)} with the type of the receiver's shadows. */
    public <T> T typeOf(Param p, List<T> primalTypes, T primalResult, T doubleArray, T receiverShadow) {
      switch (p.role) {
        case RECEIVER_SHADOW:
          if (receiverShadow == null) {
            throw new IllegalArgumentException("the type of the receiver's shadow is needed for " + this);
          }
          return receiverShadow;
        case INPUT:
        case PASSIVE:
          return primalTypes.get(p.primal);
        case TANGENT:
        case ADJOINT:
          return typeOf(p.of, primalTypes, primalResult, doubleArray, receiverShadow);
        case SEED:
          return primalResult;
        default:
          return doubleArray;
      }
    }

    /**
     * The companion's result type in another representation (see {@link #typeOf}); {@code
     * voidType} when it returns nothing.
     */
    public <T> T returnTypeOf(T primalResult, T voidType) {
      return returnDescriptor.equals("V") ? voidType : primalResult;
    }

    /**
     * The parameters' conventional names, from the method's parameter names: an input keeps its
     * name, a tangent of {@code x} is {@code dx}, an adjoint array of {@code x} is {@code xBar},
     * the seed {@code seed}, the scalar adjoints {@code grad}; a name already taken (or a Java
     * keyword: the tangent of {@code o} is {@code do2}) gets a number.
     * {@code reserved} are names already taken (a facade's receiver parameter). The receiver's
     * shadows are {@code dthis}, {@code thisBar} and {@code dthisBar}.
     */
    public List<String> names(List<String> primalNames, String... reserved) {
      return namesWithReceiver("this", primalNames, reserved);
    }

    /**
     * {@link #names} with the receiver called {@code receiver} (a typed facade's
     * parameter): its tangent shadow is {@code d} + receiver, its adjoint shadow receiver + {@code
     * Bar}, that one's tangent {@code d} + receiver + {@code Bar}.
     */
    public List<String> namesWithReceiver(String receiver, List<String> primalNames, String... reserved) {
      Set<String> taken = new HashSet<>(List.of(reserved));
      taken.addAll(List.of("do", "double", "default")); // the Java keywords a tangent's name "d" + x can spell
      for (Param p : params) {
        if (p.primal >= 0) {
          taken.add(primalNames.get(p.primal));
        }
      }
      List<String> names = new ArrayList<>();
      for (Param p : params) {
        names.add(p.primal >= 0 ? primalNames.get(p.primal) : unique(derivedName(p, names, receiver), taken));
      }
      return names;
    }

    /** What parameter {@code p} carries, in words, given the parameters' {@link #names}. */
    public String role(Param p, List<String> names) {
      switch (p.role) {
        case RECEIVER_SHADOW:
          return isAdjointShadow(p)
              ? "adjoint shadow of the receiver: the seed of its fields' final values on entry, += their adjoints on exit; not null"
              : "shadow of the receiver: the direction in its differentiable fields on entry, their tangents on exit; not null";
        case INPUT:
          return "input";
        case PASSIVE:
          return "passive input";
        case TANGENT:
          if (hasShadow(p.of.descriptor, marked)) {
            return "shadow of " + names.get(p.of.index) + ": the direction on entry, the tangents of its final fields on exit; not null";
          }
          return "tangent (direction) of " + names.get(p.of.index);
        case ADJOINT:
          String n = names.get(p.of.index);
          if (hasShadow(p.of.descriptor, marked)) {
            return "adjoint shadow of " + n + ": the seed of its fields' final values on entry, += their adjoints on exit; not null";
          }
          return "adjoint of " + n + ": seed for its final contents on entry, += its adjoint on exit; null: passive";
        case SEED:
          return "adjoint of the result";
        default:
          List<String> of = new ArrayList<>();
          for (Param s : p.receives) {
            of.add(names.get(s.index));
          }
          return "receives the adjoints of " + String.join(", ", of) + " (+=), length >= " + of.size();
      }
    }

    /**
     * A receiver's adjoint shadow rather than its tangent shadow: the only one of {@code m$adjoint},
     * the second of {@code m$adjoint$tangent} (its first is the receiver's tangent shadow).
     */
    private boolean isAdjointShadow(Param p) {
      return kind == Kind.ADJOINT || kind == Kind.ADJOINT_TANGENT && p.index > 0;
    }

    /**
     * This signature with the receiver's shadow of class {@code receiverShadow} (an internal name)
     * first, the other parameters after it; unchanged for null.
     */
    Signature withReceiverShadow(String receiverShadow) {
      if (receiverShadow == null) {
        return this;
      }
      List<Param> out = new ArrayList<>();
      out.add(new Param(Role.RECEIVER_SHADOW, 0, -1, null, "L" + receiverShadow + ";", List.of()));
      Param[] copies = new Param[params.size()];
      for (Param p : params) {
        copies[p.index] = moved(p, out.size(), copies);
        out.add(copies[p.index]);
      }
      return new Signature(kind, out, returnDescriptor, primalDescriptor, marked);
    }

    /** {@code p} at position {@code index}, its references redirected to their {@code copies}. */
    private static Param moved(Param p, int index, Param[] copies) {
      List<Param> receives = new ArrayList<>();
      for (Param r : p.receives) {
        receives.add(copies[r.index]);
      }
      Param of = p.of == null ? null : copies[p.of.index];
      return new Param(p.role, index, p.primal, of, p.descriptor, List.copyOf(receives));
    }

    /** What the companion returns, in words. */
    public String returnRole() {
      if (returnDescriptor.equals("V")) {
        return "nothing";
      }
      if (kind == Kind.ADJOINT) {
        return "the method's result";
      }
      if (kind == Kind.ADJOINT_TANGENT) {
        return "the tangent of the adjoint's result (the directional derivative of the method's result)";
      }
      return kind == Kind.TANGENT ? "the tangent of the method's result" : "the result";
    }

    /** Tangent of this signature: each parameter followed by its tangent when differentiable. */
    Signature tangent(Kind kind) {
      List<Param> out = new ArrayList<>();
      Param[] copies = new Param[params.size()];
      for (Param p : params) {
        Param copy = moved(p, out.size(), copies);
        copies[p.index] = copy;
        out.add(copy);
        if (carries(p.descriptor, marked)) {
          out.add(new Param(Role.TANGENT, out.size(), -1, copy, p.descriptor, List.of()));
        }
      }
      String r = carries(returnDescriptor, marked) || kind == Kind.TANGENT && isBoxedScalar(returnDescriptor) ? returnDescriptor : "V";
      return new Signature(kind, out, r, primalDescriptor, marked);
    }

    private String derivedName(Param p, List<String> names, String receiver) {
      switch (p.role) {
        case RECEIVER_SHADOW:
          return isAdjointShadow(p) ? receiver + "Bar" : "d" + receiver;
        case TANGENT:
          return "d" + names.get(p.of.index);
        case ADJOINT:
          return names.get(p.of.index) + "Bar";
        case SEED:
          return "seed";
        default:
          return "grad";
      }
    }

    private static String unique(String name, Set<String> taken) {
      String n = name;
      for (int k = 2; taken.contains(n); k++) {
        n = name + k;
      }
      taken.add(n);
      return n;
    }

    @Override
    public String toString() {
      return (kind == null ? "primal" : kind.suffix) + params + returnDescriptor;
    }
  }

  // ------------------------------------------------------------------ the rules

  /** No class's objects carry shadows. */
  public static final Predicate<String> NO_SHADOWS = name -> false;

  /** The method of descriptor {@code desc} itself: its differentiable parameters are inputs. */
  public static Signature primal(String desc) {
    return primal(desc, NO_SHADOWS);
  }

  /** The same, objects of the classes {@code marked} names carrying shadows (inputs too). */
  public static Signature primal(String desc, Predicate<String> marked) {
    List<Param> params = new ArrayList<>();
    List<String> types = parameterDescriptors(desc);
    for (int k = 0; k < types.size(); k++) {
      String t = types.get(k);
      params.add(new Param(carries(t, marked) ? Role.INPUT : Role.PASSIVE, k, k, null, t, List.of()));
    }
    return new Signature(null, params, returnDescriptor(desc), desc, marked);
  }

  /**
   * {@code m$tangent}: each parameter, followed by its tangent (same type) when differentiable;
   * returns the tangent of the result when it is differentiable, else {@code void}.
   */
  public static Signature tangent(String desc) {
    return tangent(desc, NO_SHADOWS);
  }

  /** The same with objects (README, "Objects"): a shadow-carrying parameter is followed by its shadow, such a result comes back as its shadow. */
  public static Signature tangent(String desc, Predicate<String> marked) {
    return primal(desc, marked).tangent(Kind.TANGENT);
  }

  /**
   * {@code m$adjoint}: each parameter, followed by its adjoint array when a differentiable array;
   * then the seed (the result's type) when the result is differentiable; then, when any parameter
   * is a differentiable scalar, one {@code double[]} receiving the scalar adjoints in parameter
   * order. Returns the method's result.
   */
  public static Signature adjoint(String desc) {
    return adjoint(desc, NO_SHADOWS);
  }

  /** The same with objects (README, "Objects"): a shadow-carrying parameter is followed by its adjoint shadow; such a result's seed is a shadow. */
  public static Signature adjoint(String desc, Predicate<String> marked) {
    List<Param> out = new ArrayList<>();
    List<Param> scalars = new ArrayList<>();
    for (Param p : primal(desc, marked).params) {
      Param copy = new Param(p.role, out.size(), p.primal, null, p.descriptor, List.of());
      out.add(copy);
      if (isDifferentiableArray(p.descriptor) || hasShadow(p.descriptor, marked)) {
        out.add(new Param(Role.ADJOINT, out.size(), -1, copy, p.descriptor, List.of()));
      } else if (isScalar(p.descriptor)) {
        scalars.add(copy);
      }
    }
    String r = returnDescriptor(desc);
    if (carries(r, marked) || isBoxedScalar(r)) {
      out.add(new Param(Role.SEED, out.size(), -1, null, r, List.of()));
    }
    if (!scalars.isEmpty()) {
      out.add(new Param(Role.SCALAR_ADJOINTS, out.size(), -1, null, DOUBLE_ARRAY, List.copyOf(scalars)));
    }
    return new Signature(Kind.ADJOINT, out, r, desc, marked);
  }

  /** The suffix of vector tangents ({@code @Differentiable(tangents = true)}): k directions per call. */
  public static final String VECTOR_TANGENT_SUFFIX = TANGENT_SUFFIX + "s";

  /**
   * {@code m$tangents}, the vector tangent: {@code m$tangent}'s layout ({@link #tangent}), each
   * tangent holding k directions — a scalar's as an array of k, an array's in an array of the same
   * type k times as long with the direction innermost ({@code [i·k + d]}) — then {@code int k},
   * then, for a differentiable scalar result, the array receiving its k tangents. Returns the
   * method's result. (The agent builds vector tangents for {@code double} and {@code double[]}.)
   */
  public static String vectorTangentDescriptor(String desc) {
    StringBuilder sb = new StringBuilder("(");
    for (Param p : tangent(desc).params) {
      sb.append(p.role == Role.TANGENT && p.isScalar() ? "[" + p.descriptor : p.descriptor);
    }
    sb.append('I');
    String r = returnDescriptor(desc);
    if (isScalar(r)) {
      sb.append('[').append(r);
    }
    return sb.append(')').append(r).toString();
  }

  /** The suffix of vector adjoints ({@code @Differentiable(adjoints = true)}): k seeds per call, one forward sweep. */
  public static final String VECTOR_ADJOINT_SUFFIX = ADJOINT_SUFFIX + "s";

  /**
   * {@code m$adjoints}, the vector adjoint: {@code m$adjoint}'s layout ({@link #adjoint}), each
   * adjoint array, the seed and the scalar adjoints' array replaced by an array of k rows of that
   * type (row d: the d-th seed on entry, the d-th adjoints on exit), then {@code int k}. The
   * forward sweep runs once, then one reverse sweep per row. Returns the method's result. (The
   * agent builds it for static {@code void} methods of {@code double}, {@code double[]} and
   * passive parameters whose adjoint keeps no tape: straight code and {@code Math} calls.)
   */
  public static String vectorAdjointDescriptor(String desc) {
    StringBuilder sb = new StringBuilder("(");
    for (Param p : adjoint(desc).params) {
      boolean perRow = p.role == Role.ADJOINT || p.role == Role.SEED || p.role == Role.SCALAR_ADJOINTS;
      sb.append(perRow ? "[" : "").append(p.descriptor);
    }
    return sb.append("I)").append(returnDescriptor(desc)).toString();
  }

  /**
   * The suffix of writing vector adjoints ({@code @Differentiable(adjoints = true)}): {@code
   * m$adjoints}' layout ({@link #vectorAdjointDescriptor}), but each row that holds no seed — the
   * adjoint of an array the method does not write, and the scalar adjoints' row — is overwritten
   * ({@code =}) with the adjoints of its seed rather than added into, so a caller need not zero it.
   */
  public static final String VECTOR_ADJOINT_SET_SUFFIX = VECTOR_ADJOINT_SUFFIX + "Set";

  /**
   * The suffix of writing vector adjoints into slices ({@code @Differentiable(adjoints = true)}):
   * {@code m$adjointsSet}'s rows and semantics, each row living in a slice of a flat array the caller
   * gives ({@link #vectorAdjointIntoDescriptor}), so a caller filling a Jacobian in place (a CSR
   * value array) need not copy rows into it.
   */
  public static final String VECTOR_ADJOINT_INTO_SUFFIX = VECTOR_ADJOINT_SUFFIX + "Into";

  /**
   * {@code m$adjointsInto}: {@code m$adjoint}'s layout ({@link #adjoint}), each adjoint array and
   * the scalar adjoints' array replaced by {@code double[] bar, int at, int stride}: row d is {@code
   * bar[at + d·stride + j]}, j below the row's length (the array parameter's length; the number of
   * scalar adjoints), then {@code int k}. Row by row as {@code m$adjointsSet}: the rows of the arrays
   * the method writes hold seed d on entry, its adjoints on exit; the other rows are overwritten.
   */
  public static String vectorAdjointIntoDescriptor(String desc) {
    StringBuilder sb = new StringBuilder("(");
    for (Param p : adjoint(desc).params) {
      if (p.role == Role.SEED) throw new IllegalArgumentException("a vector adjoint is for void methods: " + desc);
      boolean slice = p.role == Role.ADJOINT || p.role == Role.SCALAR_ADJOINTS;
      sb.append(p.descriptor).append(slice ? "II" : "");
    }
    return sb.append("I)").append(returnDescriptor(desc)).toString();
  }

  /** The suffix of sparsity companions ({@code @Differentiable(tangents = true)}). */
  public static final String PATTERN_SUFFIX = "$pattern";

  /**
   * {@code m$pattern}, the sparsity companion: {@code m$tangent}'s layout ({@link #tangent}), each
   * tangent replaced by index sets — a scalar's by an {@code int[]} (its set of input columns), an
   * array's by an array of such sets of the same rank ({@code int[][]} for a {@code double[]}) —
   * then, for a differentiable scalar result, an {@code int[][]} whose element 0 receives the
   * result's set. Returns the method's result. (The agent builds it for {@code double} and {@code
   * double[]}, next to the vector tangent.)
   */
  public static String patternDescriptor(String desc) {
    StringBuilder sb = new StringBuilder("(");
    for (Param p : tangent(desc).params) {
      sb.append(p.role == Role.TANGENT ? indexSets(p.descriptor) : p.descriptor);
    }
    String r = returnDescriptor(desc);
    if (isScalar(r)) {
      sb.append('[').append(indexSets(r));
    }
    return sb.append(')').append(r).toString();
  }

  /** The index sets standing for a differentiable type: {@code [I} for a scalar, one more rank per array rank. */
  private static String indexSets(String differentiable) {
    return differentiable.substring(0, differentiable.lastIndexOf('[') + 1) + "[I";
  }

  /** {@code m$adjoint$tangent}: the tangent rule applied to {@code m$adjoint}. */
  public static Signature adjointTangent(String desc) {
    return adjoint(desc).tangent(Kind.ADJOINT_TANGENT);
  }

  /** An object of a class {@code marked} names, or an array (any rank) of such. */
  public static boolean hasShadow(String descriptor, Predicate<String> marked) {
    String e = descriptor.substring(descriptor.lastIndexOf('[') + 1);
    return e.startsWith("L") && marked.test(e.substring(1, e.length() - 1));
  }

  /** Whether a value of this type carries a derivative: differentiable, or with a shadow. */
  public static boolean carries(String descriptor, Predicate<String> marked) {
    return isDifferentiable(descriptor) || hasShadow(descriptor, marked);
  }

  /** How many differentiable scalar parameters (the least length of the scalar adjoints' array). */
  public static int scalarCount(String desc) {
    Param p = adjoint(desc).find(Role.SCALAR_ADJOINTS);
    return p == null ? 0 : p.receives.size();
  }

  /** True for {@code double}, {@code float} and arrays of them, of any rank. */
  public static boolean isDifferentiable(String descriptor) {
    String element = descriptor.substring(descriptor.lastIndexOf('[') + 1);
    return element.equals("D") || element.equals("F");
  }

  /**
   * A {@code Double} result ({@code Double apply(double x)}, forced by a generic interface): it is
   * differentiated as a scalar result, boxed where it appears ({@code m$tangent} returns the
   * tangent as a {@code Double}, {@code null} when the method returns {@code null}; {@code
   * m$adjoint} takes the seed as a {@code Double}, the result's type, and returns the primal
   * {@code Double}). Only as a result: a {@code Double} parameter stays passive.
   */
  public static boolean isBoxedScalar(String descriptor) {
    return descriptor.equals("Ljava/lang/Double;");
  }

  /** {@code double} or {@code float}. */
  public static boolean isScalar(String descriptor) {
    return descriptor.equals("D") || descriptor.equals("F");
  }

  /** An array of {@code double} or {@code float}, of any rank. */
  public static boolean isDifferentiableArray(String descriptor) {
    return descriptor.startsWith("[") && isDifferentiable(descriptor);
  }

  /** The parameter descriptors of a method descriptor. */
  public static List<String> parameterDescriptors(String desc) {
    List<String> out = new ArrayList<>();
    int k = 1;
    while (desc.charAt(k) != ')') {
      int start = k;
      while (desc.charAt(k) == '[') {
        k++;
      }
      k = desc.charAt(k) == 'L' ? desc.indexOf(';', k) + 1 : k + 1;
      out.add(desc.substring(start, k));
    }
    return out;
  }

  /** The result descriptor of a method descriptor. */
  public static String returnDescriptor(String desc) {
    return desc.substring(desc.indexOf(')') + 1);
  }
}
