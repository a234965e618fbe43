package dev.leibniz.core.objects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SimpleVerifier;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Marked methods that return a <em>new</em> object built from active values ({@code return new
 * GHPoint(lat, lon);}, README, "Objects": object results). Such a method qualifies when every
 * {@code return} returns an object of its declared result class {@code C} made right there by a
 * <em>plain</em> constructor of {@code C} — one whose parameters are all {@code double} and that
 * only stores them, unchanged, into {@code double} fields of {@code C} (after {@code super()} of
 * {@code Object}; a field initialiser's constant overwritten by a parameter is allowed) — and the
 * new object is used for nothing else (no method called on it, no field read, not passed on).
 *
 * <p>Running a plain constructor on tangents <em>is</em> its tangent (a field = a parameter, a
 * linear identity), so the tangent's result shadow may be made by it; and the adjoint of the
 * construction reads the seed's fields into the parameters' adjoints. Any other constructor (one
 * that validates, normalises, copies) would have to be differentiated and stays refused.
 *
 * <p>The method is given a twin {@code m$fields} returning the constructor's arguments as a
 * {@code double[]} (each {@code new C(a, b)} becomes {@code new double[]{a, b}}), differentiated by
 * the ordinary contract for an array result; {@code core.NewResultCompanions} wraps its companions
 * into {@code m}'s. The original method is left unchanged.
 */
public final class NewResults {
  /** The suffix of the twin returning the constructor's arguments. */
  public static final String TWIN = "$fields";

  /**
   * One qualifying method: its name and descriptor, the result class, the constructor's descriptor,
   * for each constructor parameter the fields of {@code C} it is stored into, which overload of the
   * name it is (its twin's companions are found by the twin's name, so overloads' twins are named apart), and the
   * plain getter through which the host reads each field it may not read directly (field name to getter name); {@code
   * linked}: the host may not call the constructor (private to the result class, WorldWind's {@code Angle} made by its
   * factories), so the wrappers link it through the host's {@code leibniz$access}; {@code nullable}: a {@code return
   * null;} stands beside the new objects (Grumpy's {@code getLongitudeOnGreatCircle}: no crossing), whose companions
   * return {@code null} there, the tangent for the shadow and the adjoint for the primal result.
   */
  public record Plan(String name, String desc, String resultClass, String constructorDesc, List<List<String>> fieldsOf, int overload,
      Map<String, String> getters, boolean computed, boolean exactSeed, List<Integer> selfCalls, boolean linked, boolean nullable) {
    public Plan(String name, String desc, String resultClass, String constructorDesc, List<List<String>> fieldsOf) {
      this(name, desc, resultClass, constructorDesc, fieldsOf, 0, Map.of(), false, false, List.of(), false, false);
    }

    /**
     * True when the twin binds calls on {@code this} of methods a subclass may override to this class's code ({@link
     * #selfCalls}, by instruction index): the wrappers then serve receivers of this class only.
     */
    public boolean bindsSelfCalls() {
      return !selfCalls.isEmpty();
    }

    /** {@code m$fields}; for the k-th further overload of {@code m} with a twin, {@code m$fields$k} (a name per twin). */
    public String twinName() {
      return name + TWIN + (overload == 0 ? "" : "$" + overload);
    }

    /** This plan as the {@code k}-th overload of its name with a twin. */
    public Plan overload(int k) {
      return new Plan(name, desc, resultClass, constructorDesc, fieldsOf, k, getters, computed, exactSeed, selfCalls, linked, nullable);
    }

    public int arity() {
      return fieldsOf.size();
    }
  }

  private NewResults() {}

  /**
   * The plan for {@code m} of {@code cn}, or null when it does not qualify; {@code classes} reads a
   * class file (null when unknown).
   */
  public static Plan plan(ClassNode cn, MethodNode m, Function<String, ClassNode> classes) {
    return plan(cn, m, classes, c -> true);
  }

  /**
   * As above; {@code shadowed} says whether a class has shadows in this transformation: a result whose layout constructor
   * is private to its class is planned only for a class without (one with shadows, WorldWind's {@code Angle} held by
   * {@code LatLon}, is made where it is returned by a construction from values, which the twin would not give).
   */
  public static Plan plan(ClassNode cn, MethodNode m, Function<String, ClassNode> classes, java.util.function.Predicate<String> shadowed) {
    Type ret = Type.getReturnType(m.desc);
    if (ret.getSort() != Type.OBJECT || ret.getInternalName().startsWith("java/") || m.instructions.size() == 0
        || (cn.access & Opcodes.ACC_INTERFACE) != 0) return null;
    String c = ret.getInternalName();
    ClassNode result = c.equals(cn.name) ? cn : classes.apply(c);
    if (result == null || (result.access & Opcodes.ACC_ABSTRACT) != 0) return null;
    Set<MethodInsnNode> inits = new HashSet<>();
    boolean[] temporaries = {false}; // other new objects of the class, not returned (taken apart as any temporary)
    FreshCalls calls = new FreshCalls(cn, classes, 0);
    if (!onlyReturned(cn.name, m, c, inits, temporaries, calls) || inits.isEmpty() && calls.found == 0) return null;
    String ctor = null;
    for (MethodInsnNode i : inits) {
      if (ctor != null && !ctor.equals(i.desc)) return null; // one constructor for every return (one shadow layout)
      ctor = i.desc;
    }
    String layout = ctor;
    List<List<String>> fieldsOf = temporaries[0] || calls.found > 0 ? null : plainConstructor(result, ctor, null, false, true);
    boolean computed = fieldsOf == null; // the twin returns the object's fields, the constructor's code differentiated
    boolean linked = false;
    if (computed) {
      layout = layoutConstructor(cn.name, result);
      if (layout == null && (cn.version & 0xFFFF) >= Opcodes.V1_7 && !shadowed.test(c)) { // invokedynamic links it
        layout = layoutConstructor(result.name, result);
        linked = layout != null;
      }
      boolean made = false;
      if (layout == null && result == cn) { // the class returns new objects of itself: it is given a layout
        layout = MadeLayouts.desc(cn);
        made = layout != null;
      }
      if (layout == null) return null;
      fieldsOf = made ? MadeLayouts.fieldsOf(cn) : plainConstructor(result, layout);
    }
    Map<String, String> getters = new HashMap<>();
    boolean exactSeed = false;
    for (List<String> fs : fieldsOf) {
      for (String f : fs) {
        if (readable(cn, result, f)) continue;
        String getter = plainGetter(cn, result, f, true);
        if (getter == null) {
          getter = plainGetter(cn, result, f, false); // Hipparchus' Vector3D.getX(): the seed's class is checked
          exactSeed = true;
        }
        if (getter == null) return null;
        getters.put(f, getter);
      }
    }
    List<Integer> selfCalls = new ArrayList<>();
    for (MethodInsnNode call : calls.self) selfCalls.add(m.instructions.indexOf(call));
    return new Plan(m.name, m.desc, c, layout, fieldsOf, 0, Map.copyOf(getters), computed, exactSeed, List.copyOf(selfCalls), linked,
        returnsNull(m));
  }

  /**
   * Calls whose result counts as a new object made there (a return of {@code add(new CompensatedSum(v, d))}, Flink's
   * Kahan sum): the callee's code is known — the call names it (static, private, final, {@code invokespecial}, a final
   * class), or it is a method of the class itself called on {@code this} in the method judged, which the twin binds to
   * this class's code behind the wrappers' receiver check ({@link #self}) — and every return of that code gives a new
   * object of the result class used for nothing else ({@link #onlyReturned}, to a depth of 3). The plan is then computed:
   * scalar replacement takes the callee's object apart in the twin, which returns its fields.
   */
  private static final class FreshCalls {
    private static final int MAX_DEPTH = 3;
    final ClassNode host;
    final Function<String, ClassNode> classes;
    final int depth;
    final List<MethodInsnNode> self = new ArrayList<>();
    int found;

    FreshCalls(ClassNode host, Function<String, ClassNode> classes, int depth) {
      this.host = host;
      this.classes = classes;
      this.depth = depth;
    }

    /** True when {@code n} of {@code m} is such a call returning class {@code c}; {@code rec} has m's operands. */
    boolean test(MethodNode m, AbstractInsnNode n, String c, Recorder rec) {
      if (!(n instanceof MethodInsnNode call) || depth >= MAX_DEPTH || call.name.equals("<init>")
          || !Type.getReturnType(call.desc).getDescriptor().equals("L" + c + ";")) return false;
      ClassNode owner = call.owner.equals(host.name) ? host : classes.apply(call.owner);
      MethodNode callee = owner == null ? null : declared(owner, call.name, call.desc);
      if (callee == null || (callee.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_SYNCHRONIZED)) != 0) return false;
      boolean bound = call.getOpcode() == Opcodes.INVOKESTATIC || call.getOpcode() == Opcodes.INVOKESPECIAL
          || (callee.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0 || (owner.access & Opcodes.ACC_FINAL) != 0;
      boolean self = !bound && depth == 0 && owner == host && call.getOpcode() == Opcodes.INVOKEVIRTUAL && onThis(m, call, rec);
      if (!bound && !self) return false;
      FreshCalls inner = new FreshCalls(owner, classes, depth + 1);
      if (!onlyReturned(owner.name, callee, c, new HashSet<>(), new boolean[1], inner)) return false;
      if (self) this.self.add(call);
      found++;
      return true;
    }

    /** The receiver of {@code call} is {@code this}: local 0 of an instance method, never written. */
    private static boolean onThis(MethodNode m, MethodInsnNode call, Recorder rec) {
      if ((m.access & Opcodes.ACC_STATIC) != 0 || !rec.operands.containsKey(call)) return false;
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof VarInsnNode v && v.var == 0 && v.getOpcode() == Opcodes.ASTORE) return false;
      }
      Set<AbstractInsnNode> receiver = rec.operands.get(call).get(0);
      for (AbstractInsnNode r : receiver) {
        if (r.getOpcode() != Opcodes.ALOAD || ((VarInsnNode) r).var != 0) return false;
      }
      return !receiver.isEmpty();
    }

    private static MethodNode declared(ClassNode c, String name, String desc) {
      for (MethodNode mn : c.methods) {
        if (mn.name.equals(name) && mn.desc.equals(desc) && mn.instructions.size() > 0) return mn;
      }
      return null;
    }
  }

  /**
   * True when every {@code return} returns a {@code new c(...)} made in {@code m} and those objects
   * are only initialised, stored in locals and returned; collects their constructor calls.
   */
  private static boolean onlyReturned(String owner, MethodNode m, String c, Set<MethodInsnNode> inits, boolean[] temporaries,
      FreshCalls calls) {
    Recorder rec = new Recorder();
    try {
      new Analyzer<>(rec).analyze(owner, m);
    } catch (AnalyzerException e) {
      return false;
    }
    Set<AbstractInsnNode> all = new HashSet<>();
    for (AbstractInsnNode n : m.instructions) {
      if (n.getOpcode() == Opcodes.NEW && ((TypeInsnNode) n).desc.equals(c)) {
        if (next(n) == null || next(n).getOpcode() != Opcodes.DUP) return false;
        all.add(n);
      }
    }
    boolean nulls = calls.depth == 0; // the method judged may return null; a callee's call stands for a new object
    Set<AbstractInsnNode> made = returnedNew(m, rec, all, n -> calls.test(m, n, c, rec), nulls);
    if (made == null || made.isEmpty()) return false;
    int news = 0;
    for (AbstractInsnNode n : made) news += all.contains(n) ? 1 : 0;
    temporaries[0] = news < all.size();
    Set<AbstractInsnNode> copies = new HashSet<>(made); // instructions whose value is one of the new objects
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<AbstractInsnNode, List<Set<AbstractInsnNode>>> e : rec.operands.entrySet()) {
        if (isCopy(e.getKey()) && !copies.contains(e.getKey()) && intersects(e.getValue().get(0), copies)) grew = copies.add(e.getKey());
      }
    }
    for (Map.Entry<AbstractInsnNode, List<Set<AbstractInsnNode>>> e : rec.operands.entrySet()) {
      AbstractInsnNode at = e.getKey();
      List<Set<AbstractInsnNode>> ops = e.getValue();
      for (int k = 0; k < ops.size(); k++) {
        if (!intersects(ops.get(k), copies)) {
          if (at.getOpcode() == Opcodes.ARETURN && !(nulls && nullReturn(at, rec))) return false; // a parameter, a call's result
          continue;
        }
        boolean whole = copies.containsAll(ops.get(k));
        if ((isCopy(at) || at.getOpcode() == Opcodes.ARETURN) && whole) continue;
        if (at instanceof MethodInsnNode i && i.getOpcode() == Opcodes.INVOKESPECIAL && i.name.equals("<init>") && i.owner.equals(c)
            && k == 0 && ops.get(0).size() == 1 && ops.get(0).iterator().next().getOpcode() == Opcodes.DUP
            && made.contains(prev(ops.get(0).iterator().next()))) {
          inits.add(i);
          continue;
        }
        return false;
      }
    }
    for (AbstractInsnNode n : made) {
      if (!rec.operands.containsKey(all.contains(n) ? next(n) : n)) return false; // unreachable code
    }
    return inits.size() == news;
  }

  /**
   * The {@code new} instructions among {@code all} whose objects the method returns, followed back from each {@code
   * areturn} through copies (locals, {@code dup}); null when a return may return anything else.
   */
  private static Set<AbstractInsnNode> returnedNew(MethodNode m, Recorder rec, Set<AbstractInsnNode> all,
      java.util.function.Predicate<AbstractInsnNode> freshCall, boolean nulls) {
    Set<AbstractInsnNode> made = new HashSet<>(), seen = new HashSet<>();
    java.util.ArrayDeque<AbstractInsnNode> work = new java.util.ArrayDeque<>();
    for (AbstractInsnNode n : m.instructions) {
      if (n.getOpcode() == Opcodes.ARETURN && rec.operands.containsKey(n) && !(nulls && nullReturn(n, rec))) {
        work.addAll(rec.operands.get(n).get(0));
      }
    }
    while (!work.isEmpty()) {
      AbstractInsnNode n = work.pop();
      if (!seen.add(n)) continue;
      if (all.contains(n) || freshCall.test(n)) {
        made.add(n);
      } else if (isCopy(n) && rec.operands.containsKey(n) && !rec.operands.get(n).isEmpty() && !rec.operands.get(n).get(0).isEmpty()) {
        work.addAll(rec.operands.get(n).get(0));
      } else {
        return null; // a parameter, null, a call's result
      }
    }
    return made;
  }

  /**
   * {@code areturn} returns the constant {@code null} loaded right before it and nothing else ({@code return null;}):
   * the twin returns {@code null} for the {@code double[]} there, and the wrappers {@code null} for the object.
   */
  private static boolean nullReturn(AbstractInsnNode areturn, Recorder rec) {
    Set<AbstractInsnNode> values = rec.operands.get(areturn).get(0);
    return values.size() == 1 && values.contains(prev(areturn)) && prev(areturn).getOpcode() == Opcodes.ACONST_NULL;
  }

  /** {@code m} has a {@code return null;} (an {@code areturn} right after {@code aconst_null}, which {@link #plan} admits). */
  private static boolean returnsNull(MethodNode m) {
    for (AbstractInsnNode n : m.instructions) {
      if (n.getOpcode() == Opcodes.ARETURN && prev(n) != null && prev(n).getOpcode() == Opcodes.ACONST_NULL) return true;
    }
    return false;
  }

  private static boolean isCopy(AbstractInsnNode n) {
    int op = n.getOpcode();
    return op == Opcodes.ALOAD || op == Opcodes.ASTORE || op == Opcodes.DUP;
  }

  private static boolean intersects(Set<AbstractInsnNode> a, Set<AbstractInsnNode> b) {
    for (AbstractInsnNode n : a) {
      if (b.contains(n)) return true;
    }
    return false;
  }

  /**
   * For a plain constructor {@code desc} of {@code c}: the fields each parameter ends up in; null
   * when the constructor does anything else (or a field's last value is a constant other than 0).
   */
  static List<List<String>> plainConstructor(ClassNode c, String desc) {
    return plainConstructor(c, desc, null, false);
  }

  /**
   * {@link #plainConstructor(ClassNode, String)}, its {@code super()} also a call to a superclass of {@code c} that
   * adds nothing ({@link FieldlessBases}, read by {@code classes}; null: {@code Object} only). With {@code
   * withPassive}, parameters and fields of passive types ({@link PassiveFields}: Commons Numbers' {@code Quaternion}'s
   * {@code Type} enum) may stand beside the numbers, each stored unchanged into a field of its type or a constant
   * stored instead.
   */
  static List<List<String>> plainConstructor(ClassNode c, String desc, Function<String, ClassNode> classes, boolean withPassive) {
    return plainConstructor(c, desc, classes, withPassive, false);
  }

  /**
   * As above; with {@code withCounts}, parameters of {@link #counted} types (JSOFA's {@code TangentPlaneCoordinate(xi,
   * eta, int status)}) may stand beside the numbers, each stored unchanged into a field of its type or not at all: a
   * passive value the twin carries exactly in its {@code double[]}, and which no seed reaches (no field listed for it).
   */
  private static List<List<String>> plainConstructor(ClassNode c, String desc, Function<String, ClassNode> classes, boolean withPassive,
      boolean withCounts) {
    Type[] ps = Type.getArgumentTypes(desc);
    int[] slots = new int[ps.length]; // each parameter's local slot (a float takes one, a double two)
    int slot = 1;
    for (int k = 0; k < ps.length; k++) {
      if (ps[k].getSort() != Type.DOUBLE && ps[k].getSort() != Type.FLOAT && !(withPassive && (PassiveFields.type(ps[k])
          || heldArray(ps[k]))) && !(withCounts && counted(ps[k]))) return null;
      slots[k] = slot;
      slot += ps[k].getSize();
    }
    MethodNode ctor = null;
    for (MethodNode mn : c.methods) {
      if (mn.name.equals("<init>") && mn.desc.equals(desc)) ctor = mn;
    }
    if (ctor == null || ctor.instructions.size() == 0) return null;
    List<AbstractInsnNode> code = new ArrayList<>();
    for (AbstractInsnNode n : ctor.instructions) {
      if (n.getOpcode() >= 0) code.add(n);
    }
    if (code.size() < 3 || code.get(0).getOpcode() != Opcodes.ALOAD || ((VarInsnNode) code.get(0)).var != 0
        || code.get(code.size() - 1).getOpcode() != Opcodes.RETURN) return null;
    Map<String, Integer> last = new HashMap<>(); // field -> the parameter stored last, or -1 for a zero constant
    int start = 2; // the first instruction after the super constructor's call
    if (!FieldlessBases.isSuperCall(code.get(1), c.superName) || !FieldlessBases.only(c, classes)) {
      start = superGivenValues(c, code, slots, ps, classes, last, withPassive);
      if (start < 0) return null;
    }
    Set<String> made = new HashSet<>(); // sub-objects made from nothing given (MadeFields: Suncalc's polar = new Polar())
    for (int k = start; k < code.size() - 1; k += 3) {
      MadeFields.Made sub = withPassive ? MadeFields.at(c, code, k, classes) : null;
      if (sub != null) {
        if (!made.add(sub.field().name()) || last.containsKey(sub.field().name())) return null;
        k = sub.next() - 3;
        continue;
      }
      if (k + 3 > code.size() - 1) return null;
      AbstractInsnNode self = code.get(k), value = code.get(k + 1), put = code.get(k + 2);
      if (self.getOpcode() != Opcodes.ALOAD || ((VarInsnNode) self).var != 0 || put.getOpcode() != Opcodes.PUTFIELD) return null;
      FieldInsnNode f = (FieldInsnNode) put;
      if (made.contains(f.name)) return null;
      boolean passive = withPassive && PassiveFields.type(Type.getType(f.desc)) || withCounts && counted(Type.getType(f.desc));
      boolean array = withPassive && heldArray(Type.getType(f.desc));
      if (!f.owner.equals(c.name) || !(f.desc.equals("D") || f.desc.equals("F") || passive || array) || field(c, f.name) == null) return null;
      int param = array ? arrayLoaded(value, slots, ps, f.desc)
          : passive ? PassiveFields.loaded(value, slots, ps, f.desc) : parameterLoaded(value, slots, ps, f.desc);
      if (param == -2) return null;
      last.put(f.name, param);
    }
    if (last.containsValue(-3)) return null; // a field left holding a nonzero constant: a shadow made so would hold it
    List<List<String>> out = new ArrayList<>();
    for (int k = 0; k < ps.length; k++) out.add(new ArrayList<>());
    for (Map.Entry<String, Integer> e : last.entrySet()) {
      if (e.getValue() >= 0 && !(withCounts && counted(ps[e.getValue()]))) out.get(e.getValue()).add(e.getKey());
    }
    return out;
  }

  /**
   * A passive type whose every value a {@code double} holds exactly ({@code int}, {@code boolean}, {@code char},
   * {@code short}, {@code byte}; not {@code long}): the twin packs it widened and the wrappers narrow it back unchanged.
   */
  public static boolean counted(Type t) {
    return switch (t.getSort()) {
      case Type.BOOLEAN, Type.CHAR, Type.BYTE, Type.SHORT, Type.INT -> true;
      default -> false;
    };
  }

  /**
   * For a constructor of a class whose superclass is a value class with fields ({@link ValueBases}: Commons
   * Geometry's {@code Unit(x, y, z) { super(x, y, z); }}) that starts by passing parameters unchanged (or +0) to a
   * plain constructor of its superclass: records into {@code last} the fields that constructor stores each of them into
   * (by the same rule, down the chain), and returns the index of the instruction after the call; -1 otherwise.
   */
  private static int superGivenValues(ClassNode c, List<AbstractInsnNode> code, int[] slots, Type[] ps,
      Function<String, ClassNode> classes, Map<String, Integer> last, boolean withPassive) {
    if (classes == null || c.superName == null || !ValueBases.admits(c, classes)) return -1;
    int call = 1;
    while (call < code.size() && !(code.get(call) instanceof MethodInsnNode)) call++;
    if (call >= code.size() || !(code.get(call) instanceof MethodInsnNode init) || init.getOpcode() != Opcodes.INVOKESPECIAL
        || !init.owner.equals(c.superName) || !init.name.equals("<init>")) return -1;
    Type[] given = Type.getArgumentTypes(init.desc);
    ClassNode base = classes.apply(c.superName);
    if (given.length != call - 1 || base == null) return -1;
    int[] from = new int[given.length]; // the parameter (or -1: +0) each of the super constructor's parameters is given
    for (int k = 0; k < given.length; k++) {
      boolean passive = withPassive && PassiveFields.type(given[k]);
      from[k] = passive ? PassiveFields.loaded(code.get(1 + k), slots, ps, given[k].getDescriptor())
          : parameterLoaded(code.get(1 + k), slots, ps, given[k].getDescriptor());
      if (from[k] < -1) return -1;
    }
    List<List<String>> inner = plainConstructor(base, init.desc, classes, withPassive);
    if (inner == null) return -1;
    for (int k = 0; k < given.length; k++) {
      for (String f : inner.get(k)) last.put(f, from[k]);
    }
    return call + 1;
  }

  /**
   * For a result built by a constructor that is not plain: a plain constructor of {@code c} that {@code host} may call
   * and that sets every instance field of {@code c}, each from a parameter of its own (no field left to a default, no
   * parameter stored twice), and {@code c} has no other instance field but primitives no constructor sets ({@link
   * DefaultFields}: a lazily computed hash, 0 in every new object, the rebuilt one's too); null when there is none. Given the fields' values
   * it rebuilds exactly the object any constructor of {@code c} made, so it makes the primal result and, run on the
   * fields' tangents, their shadow, with no constructor of yours ever seeing a tangent. Asked for {@code host} = {@code
   * c}, any plain constructor (a private one the wrappers link: {@link Plan#linked}). A class returning new objects of
   * itself that has none is given one ({@link MadeLayouts}).
   */
  static String layoutConstructor(String host, ClassNode c) {
    int fields = 0;
    for (FieldNode f : c.fields) {
      if ((f.access & Opcodes.ACC_STATIC) != 0 || DefaultFields.leftAtDefault(c, f)) continue; // WorldWind's Vec4.hashCode
      if (!f.desc.equals("D") && !f.desc.equals("F")) return null; // an int, an array, an object: not rebuilt from numbers
      fields++;
    }
    for (MethodNode mn : c.methods) {
      if (!mn.name.equals("<init>") || !callable(host, c, mn.access)) continue;
      List<List<String>> of = plainConstructor(c, mn.desc);
      if (of == null || of.size() != fields) continue;
      boolean oneEach = true;
      for (List<String> fs : of) oneEach &= fs.size() == 1;
      if (oneEach) return mn.desc;
    }
    return null;
  }

  /** A member of {@code c} with {@code access} may be called from class {@code host}. */
  private static boolean callable(String host, ClassNode c, int access) {
    if (host.equals(c.name)) return true;
    if ((access & Opcodes.ACC_PRIVATE) != 0) return false;
    if ((access & Opcodes.ACC_PUBLIC) != 0 && (c.access & Opcodes.ACC_PUBLIC) != 0) return true;
    return pkg(host).equals(pkg(c.name));
  }

  /**
   * The parameter a {@code DLOAD}/{@code FLOAD} loads unchanged into a field of type {@code fieldDesc} (its own type:
   * no conversion), -1 for a constant +0 of that type, -3 for another constant, -2 for anything else.
   */
  private static int parameterLoaded(AbstractInsnNode value, int[] slots, Type[] ps, String fieldDesc) {
    boolean isFloat = fieldDesc.equals("F");
    if (value.getOpcode() == (isFloat ? Opcodes.FLOAD : Opcodes.DLOAD)) {
      int var = ((VarInsnNode) value).var;
      for (int k = 0; k < slots.length; k++) {
        if (slots[k] == var) return ps[k].getDescriptor().equals(fieldDesc) ? k : -2;
      }
      return -2;
    }
    if (value.getOpcode() == (isFloat ? Opcodes.FCONST_0 : Opcodes.DCONST_0)) return -1;
    if (value instanceof LdcInsnNode l && l.cst instanceof Number d && (isFloat ? d instanceof Float : d instanceof Double)) {
      return d.doubleValue() == 0.0 && 1 / d.doubleValue() > 0 ? -1 : -3;
    }
    int op = value.getOpcode();
    if (op == Opcodes.DCONST_1 || op == Opcodes.FCONST_1 || op == Opcodes.FCONST_2) return -3;
    return -2;
  }

  /**
   * A {@code double[]} or {@code float[]} a plain constructor may store from a parameter of its type into a field of that
   * type (ta4j's {@code PosteriorFrame(count, logWeights, means, ...)}, androidx's {@code ViewingConditions(..., rgbD,
   * ...)}): in a class with shadows such a field holds the array's shadow, so a construction from values ({@link
   * ValuedConstructions#rewrite}) gives the constructor {@code null} and stores the array after it, as the field write it
   * is: the shadow, made by the same call, gets the array's shadow by the same write in both modes.
   */
  static boolean heldArray(Type t) {
    return t.getSort() == Type.ARRAY && t.getDimensions() == 1
        && (t.getElementType().getSort() == Type.DOUBLE || t.getElementType().getSort() == Type.FLOAT);
  }

  /** The parameter of type {@code fieldDesc} (an array) whose load {@code value} is, -1 for {@code null}, -2 for anything else. */
  private static int arrayLoaded(AbstractInsnNode value, int[] slots, Type[] ps, String fieldDesc) {
    if (value.getOpcode() == Opcodes.ACONST_NULL) return -1;
    if (value.getOpcode() != Opcodes.ALOAD) return -2;
    for (int k = 0; k < slots.length; k++) {
      if (slots[k] == ((VarInsnNode) value).var) return ps[k].getDescriptor().equals(fieldDesc) ? k : -2;
    }
    return -2;
  }

  private static FieldNode field(ClassNode c, String name) {
    for (FieldNode f : c.fields) {
      if (f.name.equals(name) && (f.access & Opcodes.ACC_STATIC) == 0) return f;
    }
    return null;
  }

  /**
   * The host may read the field of a seed directly: its own field (private too: the wrappers reading it are members of
   * the class, jblas' {@code ComplexDouble.sqrt()}), public, or not private in the host's package.
   */
  private static boolean readable(ClassNode host, ClassNode c, String name) {
    FieldNode f = field(c, name);
    if (f != null && host.name.equals(c.name)) return true;
    if (f == null || (f.access & Opcodes.ACC_PRIVATE) != 0) return false;
    boolean publicClass = (c.access & Opcodes.ACC_PUBLIC) != 0;
    if ((f.access & Opcodes.ACC_PUBLIC) != 0 && publicClass) return true;
    return pkg(host.name).equals(pkg(c.name));
  }

  /**
   * A getter of field {@code f} of {@code c} the host may call on a seed and that returns the field (PDFBox's
   * {@code Vector.getX()} for its private {@code x}): exactly {@code return this.f;}, callable from the host and, when
   * {@code fixed}, not overridable (a final class or a final method: a subclass's override could return anything; an
   * overridable one is read only from a seed of class {@code c} itself, which the adjoint checks); null when there is none.
   */
  private static String plainGetter(ClassNode host, ClassNode c, String f, boolean mustBeFixed) {
    FieldNode field = field(c, f);
    if (field == null) return null;
    for (MethodNode g : c.methods) {
      if (!g.desc.equals("()" + field.desc) || (g.access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_PRIVATE)) != 0) continue;
      boolean fixed = (c.access & Opcodes.ACC_FINAL) != 0 || (g.access & Opcodes.ACC_FINAL) != 0;
      boolean callable = (g.access & Opcodes.ACC_PUBLIC) != 0 && (c.access & Opcodes.ACC_PUBLIC) != 0 || pkg(host.name).equals(pkg(c.name));
      if ((fixed || !mustBeFixed) && callable && returnsField(g, c.name, f)) return g.name;
    }
    return null;
  }

  /** {@code g}'s code is {@code aload 0; getfield owner.f; xreturn}, nothing else. */
  private static boolean returnsField(MethodNode g, String owner, String f) {
    List<AbstractInsnNode> code = new ArrayList<>();
    for (AbstractInsnNode n : g.instructions) {
      if (n.getOpcode() >= 0) code.add(n);
    }
    return code.size() == 3 && code.get(0).getOpcode() == Opcodes.ALOAD && ((VarInsnNode) code.get(0)).var == 0
        && code.get(1) instanceof FieldInsnNode get && get.getOpcode() == Opcodes.GETFIELD && get.owner.equals(owner)
        && get.name.equals(f) && code.get(2).getOpcode() == Type.getType(get.desc).getOpcode(Opcodes.IRETURN);
  }

  private static String pkg(String internalName) {
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? "" : internalName.substring(0, slash);
  }

  /**
   * The twin of {@code m} ({@code m$fields}, private and synthetic, not marked: the caller marks
   * it) returning the constructor's arguments as a {@code double[]}, without stack map frames: each
   * new object is an array now, while a parameter, the receiver or a field of {@code C} stays one, so
   * the caller computes them again from the code ({@code NewResultCompanions}).
   */
  public static MethodNode twin(String owner, MethodNode m, Plan plan) {
    String desc = plan.desc().substring(0, plan.desc().indexOf(')') + 1) + "[D";
    MethodNode t = new MethodNode(Opcodes.ASM9, Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC, plan.twinName(), desc, null,
        m.exceptions == null ? null : m.exceptions.toArray(new String[0]));
    m.accept(t);
    t.name = plan.twinName();
    t.desc = desc;
    t.access = (m.access & ~(Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) | Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC; // no new API
    t.signature = null;
    t.visibleAnnotations = null;
    t.invisibleAnnotations = null;
    t.visibleTypeAnnotations = null;
    t.invisibleTypeAnnotations = null;
    t.visibleLocalVariableAnnotations = null;
    t.invisibleLocalVariableAnnotations = null;
    t.visibleParameterAnnotations = null;
    t.invisibleParameterAnnotations = null;
    String c = plan.resultClass();
    int base = t.maxLocals;
    for (int index : plan.selfCalls()) { // a call on this bound to this class's code (the wrappers check the receiver)
      if (!(t.instructions.get(index) instanceof MethodInsnNode call) || call.getOpcode() != Opcodes.INVOKEVIRTUAL
          || !call.owner.equals(owner)) throw new IllegalStateException("the twin's code differs from " + m.name + "'s");
      call.setOpcode(Opcodes.INVOKESPECIAL);
    }
    if (plan.computed()) return computedTwin(t, plan, base);
    for (AbstractInsnNode n : t.instructions.toArray()) {
      if (n.getOpcode() == Opcodes.NEW && ((TypeInsnNode) n).desc.equals(c)) {
        t.instructions.remove(next(n));
        t.instructions.remove(n);
      } else if (n instanceof MethodInsnNode i && i.getOpcode() == Opcodes.INVOKESPECIAL && i.owner.equals(c) && i.name.equals("<init>")) {
        t.instructions.insert(n, pack(Type.getArgumentTypes(plan.constructorDesc()), base));
        t.instructions.remove(n);
      } else if (n instanceof FrameNode) {
        t.instructions.remove(n); // the new objects are arrays now: the caller computes the frames again
      }
    }
    if (t.localVariables != null) t.localVariables.removeIf(v -> v.desc.equals("L" + c + ";"));
    t.maxLocals = base + 2 * plan.arity();
    t.maxStack = t.maxStack + 6;
    return t;
  }

  /**
   * The twin of a method whose constructor computes: the new objects stay (scalar replacement takes them apart before
   * differentiation, inlining the constructor with its checks, its {@code this(...)} and its computations), and each
   * {@code return} returns their fields as a {@code double[]} in the layout constructor's order instead, read where the
   * host may read them, else through their plain getters. The constructor's own code is so differentiated as the code
   * of the method: its "result" is the new object's fields.
   */
  private static MethodNode computedTwin(MethodNode t, Plan plan, int base) {
    Type[] types = java.util.Arrays.copyOf(Type.getArgumentTypes(plan.constructorDesc()), plan.arity()); // not a made one's Void
    for (AbstractInsnNode n : t.instructions.toArray()) {
      if (n.getOpcode() == Opcodes.ARETURN && prev(n).getOpcode() != Opcodes.ACONST_NULL) { // return null; stays
        InsnList l = new InsnList();
        l.add(new VarInsnNode(Opcodes.ASTORE, base));
        for (int k = 0; k < types.length; k++) {
          String field = plan.fieldsOf().get(k).get(0), getter = plan.getters().get(field);
          l.add(new VarInsnNode(Opcodes.ALOAD, base));
          l.add(getter != null ? new MethodInsnNode(Opcodes.INVOKEVIRTUAL, plan.resultClass(), getter, "()" + types[k].getDescriptor(), false)
              : new FieldInsnNode(Opcodes.GETFIELD, plan.resultClass(), field, types[k].getDescriptor()));
        }
        l.add(pack(types, base + 1));
        t.instructions.insertBefore(n, l);
      } else if (n instanceof FrameNode) {
        t.instructions.remove(n); // a new local and an array on the stack: the caller computes the frames again
      }
    }
    t.maxLocals = base + 1 + 2 * plan.arity();
    t.maxStack = t.maxStack + 2 * plan.arity() + 6;
    return t;
  }

  /**
   * The constructor's arguments on the stack (of {@code types}: doubles and floats) into a new {@code double[]},
   * through locals from {@code base}; a float is widened (exactly: the wrappers narrow it back to the same float).
   */
  private static InsnList pack(Type[] types, int base) {
    int n = types.length;
    InsnList l = new InsnList();
    for (int k = n - 1; k >= 0; k--) l.add(new VarInsnNode(types[k].getOpcode(Opcodes.ISTORE), base + 2 * k));
    l.add(new LdcInsnNode(n));
    l.add(new IntInsnNode(Opcodes.NEWARRAY, Opcodes.T_DOUBLE));
    for (int k = 0; k < n; k++) {
      l.add(new InsnNode(Opcodes.DUP));
      l.add(new LdcInsnNode(k));
      l.add(new VarInsnNode(types[k].getOpcode(Opcodes.ILOAD), base + 2 * k));
      if (types[k].getSort() == Type.FLOAT) l.add(new InsnNode(Opcodes.F2D));
      if (counted(types[k])) l.add(new InsnNode(Opcodes.I2D)); // a passive count or flag, exactly
      l.add(new InsnNode(Opcodes.DASTORE));
    }
    return l;
  }

  private static AbstractInsnNode next(AbstractInsnNode n) {
    AbstractInsnNode x = n.getNext();
    while (x != null && x.getOpcode() < 0) x = x.getNext();
    return x;
  }

  private static AbstractInsnNode prev(AbstractInsnNode n) {
    AbstractInsnNode x = n.getPrevious();
    while (x != null && x.getOpcode() < 0) x = x.getPrevious();
    return x;
  }

  /** Records, for each instruction, the sources of each value it consumes. */
  private static final class Recorder extends SourceInterpreter {
    final Map<AbstractInsnNode, List<Set<AbstractInsnNode>>> operands = new HashMap<>();

    Recorder() {
      super(Opcodes.ASM9);
    }

    private void record(AbstractInsnNode at, List<? extends SourceValue> values) {
      List<Set<AbstractInsnNode>> ops = operands.computeIfAbsent(at, k -> new ArrayList<>());
      for (int k = 0; k < values.size(); k++) {
        if (ops.size() <= k) ops.add(new HashSet<>());
        ops.get(k).addAll(values.get(k).insns);
      }
    }

    @Override
    public SourceValue newOperation(AbstractInsnNode insn) {
      operands.computeIfAbsent(insn, k -> new ArrayList<>());
      return super.newOperation(insn);
    }

    @Override
    public SourceValue copyOperation(AbstractInsnNode insn, SourceValue value) {
      record(insn, List.of(value));
      return super.copyOperation(insn, value);
    }

    @Override
    public SourceValue unaryOperation(AbstractInsnNode insn, SourceValue value) {
      record(insn, List.of(value));
      return super.unaryOperation(insn, value);
    }

    @Override
    public SourceValue binaryOperation(AbstractInsnNode insn, SourceValue v1, SourceValue v2) {
      record(insn, List.of(v1, v2));
      return super.binaryOperation(insn, v1, v2);
    }

    @Override
    public SourceValue ternaryOperation(AbstractInsnNode insn, SourceValue v1, SourceValue v2, SourceValue v3) {
      record(insn, List.of(v1, v2, v3));
      return super.ternaryOperation(insn, v1, v2, v3);
    }

    @Override
    public SourceValue naryOperation(AbstractInsnNode insn, List<? extends SourceValue> values) {
      record(insn, values);
      return super.naryOperation(insn, values);
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, SourceValue value, SourceValue expected) {
      record(insn, List.of(value));
      super.returnOperation(insn, value, expected);
    }
  }
}
