/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: ta4j/ta4j (GitHub, commit 42e1a941ebdf4f8b122b12ab65bfd012c6bee7f3),
 * ta4j-core/src/main/java/org/ta4j/core/num/DoubleNumFactory.java
 * Licence: MIT (SPDX-License-Identifier: MIT; Copyright (c) the ta4j authors). Provided "AS IS", WITHOUT WARRANTY OF
 * ANY KIND.
 * Copied: the whole class.
 * Changes: package (one package for the copied ta4j classes, imports adjusted); the SPDX line moved into this header;
 * nothing else.
 */
package dev.leibniz.corpus.ta4j;

import dev.leibniz.Differentiable;

import java.io.Serial;

public final class DoubleNumFactory implements NumFactory {

    @Serial
    private static final long serialVersionUID = 1L;

    private DoubleNumFactory() {
        // hidden
    }

    @Override
    public Num minusOne() {
        return DoubleNum.MINUS_ONE;
    }

    @Override
    public Num zero() {
        return DoubleNum.ZERO;
    }

    @Override
    public Num one() {
        return DoubleNum.ONE;
    }

    @Override
    public Num two() {
        return DoubleNum.TWO;
    }

    @Override
    public Num three() {
        return DoubleNum.THREE;
    }

    @Override
    public Num hundred() {
        return DoubleNum.HUNDRED;
    }

    @Override
    public Num thousand() {
        return DoubleNum.THOUSAND;
    }

    @Override
    public Num numOf(final Number number) {
        return DoubleNum.valueOf(number);
    }

    @Override
    public Num numOf(final String number) {
        return DoubleNum.valueOf(number);
    }

    public static DoubleNumFactory getInstance() {
        return InstanceHolder.INSTANCE.factory;
    }

    @Serial
    private Object readResolve() {
        return getInstance();
    }

    private enum InstanceHolder {
        INSTANCE;

        private final DoubleNumFactory factory = new DoubleNumFactory();
    }
}
