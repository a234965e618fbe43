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
        + " dump=DIR (comma separated)", e.getMessage());
  }
}
