/*
 * Real-code corpus entry (test code only, see ../README.md).
 * Source: klausbrunner/solarpositioning 0.1.10, net.e175.klaus:solarpositioning:0.1.10 sources jar (Maven Central),
 *   net/e175/klaus/solarpositioning/SunriseTransitSet.java
 * Licence: MIT (the artifact's POM: "MIT", https://spdx.org/licenses/MIT.html; the file has no licence header).
 * Copyright (c) Klaus Brunner. Permission is hereby granted, free of charge, to any person obtaining a copy of this
 *   software ... (the MIT licence text) ... THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
 * Copied: the whole file.
 * Changes: package dev.leibniz.corpus.solarpositioning (the original's net.e175.klaus.solarpositioning); the import of
 *   dev.leibniz.Differentiable added (no entry method here; see ThirtyFourthRound).
 */
package dev.leibniz.corpus.solarpositioning;

import dev.leibniz.Differentiable;

import java.time.ZonedDateTime;
import java.util.Objects;

/** A simple data class for keeping sunrise, sunset, and transit results. */
public final class SunriseTransitSet {
  public enum Type {
    /** This is a normal day, with a sunrise and a sunset. */
    NORMAL,
    /** The sun stays above the horizon all day. There is neither sunrise nor sunset. */
    ALL_DAY,
    /** The sun stays below the horizon all day. There is neither sunrise nor sunset. */
    ALL_NIGHT
  }

  private final Type type;
  private final ZonedDateTime sunrise;
  private final ZonedDateTime transit;
  private final ZonedDateTime sunset;

  public SunriseTransitSet(
      Type type, ZonedDateTime sunrise, ZonedDateTime transit, ZonedDateTime sunset) {
    this.type = type;
    this.sunrise = sunrise;
    this.transit = transit;
    this.sunset = sunset;
  }

  public Type getType() {
    return type;
  }

  /** Get time of sunrise. This may be null depending on the day's type. */
  public ZonedDateTime getSunrise() {
    return sunrise;
  }

  /** The sun's (upper) transit, or solar noon. This is never null, even for ALL_NIGHT days. */
  public ZonedDateTime getTransit() {
    return transit;
  }

  /** Get time of sunset. This may be null depending on the day's type. */
  public ZonedDateTime getSunset() {
    return sunset;
  }

  @Override
  public String toString() {
    return "SunriseTransitSet{"
        + "type="
        + type
        + ", sunrise="
        + sunrise
        + ", transit="
        + transit
        + ", sunset="
        + sunset
        + '}';
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (o == null || getClass() != o.getClass()) return false;
    SunriseTransitSet that = (SunriseTransitSet) o;
    return type == that.type
        && Objects.equals(sunrise, that.sunrise)
        && transit.equals(that.transit)
        && Objects.equals(sunset, that.sunset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, sunrise, transit, sunset);
  }
}
