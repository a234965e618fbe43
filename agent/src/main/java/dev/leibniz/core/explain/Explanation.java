package dev.leibniz.core.explain;

/**
 * What {@code dump} shows of one generated companion, as texts.
 *
 * @param companion {@code Owner.name(descriptor)}, as in {@code Result.generated()}
 * @param signature its Java signature with parameter names and their roles (or the descriptor)
 * @param lifted the original method's lifted IR
 * @param derivative the companion's IR, before emission
 * @param svg the companion's dataflow graph
 * @param bytecode the companion's bytecode as text
 */
public record Explanation(String companion, String signature, String lifted, String derivative, String svg, String bytecode) {}
