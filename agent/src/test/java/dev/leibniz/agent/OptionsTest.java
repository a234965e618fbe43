package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionsTest {
  @Test
  void defaultsWhenEmpty() {
    for (String args : new String[] {null, "", " , "}) {
      Options o = Options.parse(args);
      assertFalse(o.strict || o.verbose || o.quiet);
    }
  }

  @Test
  void eachKnownOption() {
    Options o = Options.parse("strict, verbose,quiet");
    assertTrue(o.strict && o.verbose && o.quiet);
  }

  @Test
  void dumpTakesADirectory() {
    Options o = Options.parse("dump=target/d,verbose");
    assertEquals(java.nio.file.Path.of("target/d").toAbsolutePath(), o.dump);
    assertTrue(o.verbose);
    assertEquals(null, Options.parse("verbose").dump);
    assertThrows(IllegalArgumentException.class, () -> Options.parse("dump="));
  }

  @Test
  void unknownOptionIsAnErrorNamingItAndListingTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Options.parse("verbose,strcit"));
    assertEquals("unknown agent option 'strcit' in 'verbose,strcit'; the valid options are strict, verbose, quiet,"
        + " dump=DIR, check=FRACTION (comma separated)", e.getMessage());
  }

  @Test
  void checkTakesAFractionAboveZeroUpToOne() {
    assertEquals(0.001, Options.parse("check=0.001,strict").check);
    assertEquals(1.0, Options.parse("check=1").check);
    assertEquals(0.0, Options.parse("strict").check);
    for (String bad : new String[] {"check=0", "check=1.5", "check=-0.1", "check=often", "check=", "check=NaN"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Options.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("agent option '" + bad + "'") && e.getMessage().contains("above 0 and at most 1"),
          e.getMessage());
    }
  }
}
