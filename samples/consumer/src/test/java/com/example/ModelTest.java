package com.example;

import org.junit.jupiter.api.Test;

/** Runs under surefire's argLine -javaagent (pom.xml). */
class ModelTest {
  @Test
  void gradientFromTheAgent() throws Throwable {
    GradientCheck.check(2.0, 0.5);
  }
}
