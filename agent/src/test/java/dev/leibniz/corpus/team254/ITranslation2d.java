/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: Team254/FRC-2018-Public (GitHub, commit 2c06c1ea), src/main/java/com/team254/lib/geometry/ITranslation2d.java
 * Licence: MIT ("Copyright (c) 2018 Team 254", the repository's LICENSE; its text is in ./LICENSE-TEAM254.txt).
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.team254 (the original's com.team254.lib.geometry), its imports of the project's own classes dropped (one package here).
 */
package dev.leibniz.corpus.team254;

public interface ITranslation2d<S> extends State<S> {
    public Translation2d getTranslation();
}
