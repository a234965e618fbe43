package dev.leibniz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a rule class (see {@link DerivativeRules}) and names the class whose methods it differentiates. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RulesFor {
  /** The class whose methods the rule class's companions stand for. */
  Class<?> value();
}
