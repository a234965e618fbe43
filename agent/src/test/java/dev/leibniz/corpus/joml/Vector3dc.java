package dev.leibniz.corpus.joml;

/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: JOML 1.10.8, joml sources jar (Maven Central; JOML-CI/JOML on GitHub),
 * org/joml/Vector3dc.java
 * Licence: MIT (Copyright (c) 2015-2024 JOML. Permission is hereby granted, free of charge, to any person obtaining a
 * copy of this software, to deal in the Software without restriction, provided that the copyright notice and this
 * permission notice are included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED
 * "AS IS", WITHOUT WARRANTY OF ANY KIND.)
 * Copied unchanged: x(), y(), z().
 * Changes: package; javadoc omitted; the rest of the interface omitted.
 */

public interface Vector3dc {
    double x();

    double y();

    double z();
}
