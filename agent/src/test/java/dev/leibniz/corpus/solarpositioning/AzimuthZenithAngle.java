/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: klausbrunner/solarpositioning 0.1.10, net.e175.klaus:solarpositioning:0.1.10 sources jar (Maven Central),
 *   net/e175/klaus/solarpositioning/AzimuthZenithAngle.java
 * Licence: MIT (the artifact's POM: "MIT", https://spdx.org/licenses/MIT.html; the file has no licence header).
 * Copyright (c) Klaus Brunner. Permission is hereby granted, free of charge, to any person obtaining a copy of this
 *   software ... (the MIT licence text) ... THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.solarpositioning (the original's net.e175.klaus.solarpositioning); the import of
 *   dev.leibniz.Differentiable added (no entry method here; see ThirtyFourthRound).
 */
package dev.leibniz.corpus.solarpositioning;

import dev.leibniz.Differentiable;

import java.util.Objects;

/** A simple data class for keeping an azimuth/zenith angle pair of values. */
public final class AzimuthZenithAngle {
  private final double azimuth;
  private final double zenithAngle;

  public AzimuthZenithAngle(final double azimuth, final double zenithAngle) {
    this.zenithAngle = zenithAngle;
    this.azimuth = azimuth;
  }

  public double getZenithAngle() {
    return zenithAngle;
  }

  public double getAzimuth() {
    return azimuth;
  }

  @Override
  public String toString() {
    return "AzimuthZenithAngle{"
        + String.format("azimuth=%.6f°", azimuth)
        + String.format(", zenithAngle=%.6f°", zenithAngle)
        + '}';
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (o == null || getClass() != o.getClass()) return false;
    AzimuthZenithAngle that = (AzimuthZenithAngle) o;
    return Double.compare(that.azimuth, azimuth) == 0
        && Double.compare(that.zenithAngle, zenithAngle) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(azimuth, zenithAngle);
  }
}
