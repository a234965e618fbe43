package dev.leibniz.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.contract.CompanionContract.Signature;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract's rules (README "The contract") on the shapes its table names, written out by hand. */
class CompanionContractTest {
  @Test
  void descriptorsFollowTheReadmeTable() {
    assertEquals("(DDDD)D", CompanionContract.tangent("(DD)D").descriptor());
    assertEquals("(DDD[D)D", CompanionContract.adjoint("(DD)D").descriptor());
    assertEquals("([D[D[D[DI)D", CompanionContract.tangent("([D[DI)D").descriptor());
    assertEquals("([D[D[D[DID)D", CompanionContract.adjoint("([D[DI)D").descriptor());
    assertEquals("([D[D[D[D)V", CompanionContract.tangent("([D[D)V").descriptor());
    assertEquals("([D[D[D[D)V", CompanionContract.adjoint("([D[D)V").descriptor());
    assertEquals("(FF[[F[[FI)F", CompanionContract.tangent("(F[[FI)F").descriptor());
    assertEquals("(F[[F[[FIF[D)F", CompanionContract.adjoint("(F[[FI)F").descriptor());
    assertEquals("(Ljava/lang/String;)V", CompanionContract.tangent("(Ljava/lang/String;)I").descriptor());
    assertEquals("(Ljava/lang/String;)I", CompanionContract.adjoint("(Ljava/lang/String;)I").descriptor());
    assertEquals("()[D", CompanionContract.tangent("()[D").descriptor());
    assertEquals("([D)[D", CompanionContract.adjoint("()[D").descriptor());
    assertEquals("([D[D[D[DDD)D", CompanionContract.adjointTangent("([D)D").descriptor());
    assertEquals("(DDDD[D[D)D", CompanionContract.adjointTangent("(D)D").descriptor());
    assertEquals(2, CompanionContract.scalarCount("(DI[DF)D"));
  }

  @Test
  void vectorTangentAndSparsityDescriptorsFollowTheReadmeTable() {
    assertEquals("(D[D[D[DI[D)D", CompanionContract.vectorTangentDescriptor("(D[D)D"));
    assertEquals("([D[D[D[DI)V", CompanionContract.vectorTangentDescriptor("([D[D)V"));
    assertEquals("(D[I[D[[II[[I)D", CompanionContract.patternDescriptor("(D[DI)D"));
    assertEquals("([D[[I[D[[I)V", CompanionContract.patternDescriptor("([D[D)V"));
    assertEquals("(Ljava/lang/String;I)I", CompanionContract.patternDescriptor("(Ljava/lang/String;I)I"));
  }

  @Test
  void namesAreTheMethodsOwnUniqueAndNeverAKeyword() {
    Signature a = CompanionContract.adjoint("(D[DD)D");
    assertEquals(List.of("x", "v", "vBar", "o", "seed", "grad"), a.names(List.of("x", "v", "o")));
    assertEquals(List.of("seed", "grad", "seed2", "grad2"), CompanionContract.adjoint("(DD)D").names(List.of("seed", "grad")));
    assertEquals(List.of("o", "do2"), CompanionContract.tangent("(D)D").names(List.of("o")));
    assertEquals(List.of("x", "dx", "xBar", "dxBar", "seed", "dseed"), CompanionContract.adjointTangent("([D)D").names(List.of("x")));
    assertEquals(List.of("x", "dx2"), CompanionContract.tangent("(D)D").names(List.of("x"), "dx"), "reserved names are avoided");
  }

  @Test
  void rolesSayWhatEachParameterCarries() {
    Signature a = CompanionContract.adjoint("(D[DI)D");
    List<String> names = a.names(List.of("x", "w", "n"));
    List<String> roles = new ArrayList<>();
    for (CompanionContract.Param p : a.params) {
      roles.add(names.get(p.index) + ": " + a.role(p, names));
    }
    assertEquals(List.of("x: input", "w: input",
        "wBar: adjoint of w: seed for its final contents on entry, += its adjoint on exit; null: passive",
        "n: passive input", "seed: adjoint of the result", "grad: receives the adjoints of x (+=), length >= 1"), roles);
  }

  @Test
  void typesMapToAnyRepresentation() {
    Signature t = CompanionContract.adjointTangent("(DLjava/util/List;)F");
    List<String> types = new ArrayList<>();
    for (CompanionContract.Param p : t.params) {
      types.add(t.typeOf(p, List.of("double", "List<T>"), "float", "double[]"));
    }
    assertEquals(List.of("double", "double", "List<T>", "float", "float", "double[]", "double[]"), types);
    assertEquals("float", t.returnTypeOf("float", "void"));
  }

  /** An instance method of a class whose objects carry shadows (README "Objects"): the receiver's shadows first. */
  @Test
  void receiverShadowsComeFirstAndObjectsAreFollowedByTheirShadows() {
    java.util.function.Predicate<String> marked = "p/Body"::equals;
    String desc = "(Lp/Body;D)D";
    Signature t = CompanionContract.Kind.TANGENT.of(desc, marked, "p/Base");
    assertEquals("(Lp/Base;Lp/Body;Lp/Body;DD)D", t.descriptor());
    assertEquals(List.of("dthis", "b", "db", "w", "dw"), t.names(List.of("b", "w")));
    Signature a = CompanionContract.Kind.ADJOINT.of(desc, marked, "p/Base");
    assertEquals("(Lp/Base;Lp/Body;Lp/Body;DD[D)D", a.descriptor());
    List<String> names = a.names(List.of("b", "w"));
    assertEquals(List.of("thisBar", "b", "bBar", "w", "seed", "grad"), names);
    assertEquals(a.params.get(3), a.find(CompanionContract.Role.SCALAR_ADJOINTS).receives.get(0), "grad receives w, at its new index");
    assertEquals(a.params.get(2), a.derivativeOf(a.params.get(1)));
    assertEquals(null, a.derivativeOf(a.params.get(3)));
    assertEquals(a.params.get(3), a.ofPrimal(1));
    assertEquals("adjoint shadow of the receiver: the seed of its fields' final values on entry, += their adjoints on exit; not null",
        a.role(a.params.get(0), names));
    assertEquals("adjoint shadow of b: the seed of its fields' final values on entry, += their adjoints on exit; not null",
        a.role(a.params.get(2), names));
    Signature h = CompanionContract.Kind.ADJOINT_TANGENT.of(desc, marked, "p/Base");
    assertEquals("(Lp/Base;Lp/Base;Lp/Base;Lp/Body;Lp/Body;Lp/Body;Lp/Body;DDDD[D[D)D", h.descriptor());
    assertEquals(List.of("dthis", "thisBar", "dthisBar", "b", "db", "bBar", "dbBar", "w", "dw", "seed", "dseed", "grad", "dgrad"),
        h.names(List.of("b", "w")));
    List<String> types = new ArrayList<>();
    for (CompanionContract.Param p : a.params) {
      types.add(a.typeOf(p, List.of("Body", "double"), "double", "double[]", "Base"));
    }
    assertEquals(List.of("Base", "Body", "Body", "double", "double", "double[]"), types);
    assertEquals("(Lp/Body;Lp/Body;DD)D", CompanionContract.Kind.TANGENT.of(desc, marked, null).descriptor(), "no receiver's shadow");
  }
}
