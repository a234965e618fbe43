package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.correct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The thirty-seventh round of the corpus table: JSOFA (Javastro/jsofa, the SOFA Software License; ids
 * {@code jsofa/...}, code in {@code jsofa/}), Paul Harrison's hand translation of the IAU's Standards Of Fundamental
 * Astronomy library: static formulas on angles and dates (fundamental arguments, obliquity, Earth rotation angle,
 * sidereal time), vector and rotation-matrix helpers on {@code double[]} and {@code double[][]} (in place and
 * returning new arrays), precession and frame matrices, nutation and CIO-locator series summed over tables of small
 * objects built per call, geodetic and observer transforms, astrometry (aberration, light deflection, proper motion,
 * refraction constants, star catalogue conversions), the planetary, lunar and Earth ephemerides, each at the points of
 * JSOFA's own tests (moved off whole-day dates where a {@code fmod(date, 1.0)} jumps there). JSOFA is one class of
 * 33,000 lines; the copy is split into a class per group of entries, each trimmed to the members its entries reach.
 * Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()} appends it.
 */
final class ThirtySeventhRound {
  private ThirtySeventhRound() {}

  private static Class<?> named(String name) {
    try {
      return Class.forName("dev.leibniz.corpus.jsofa." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static final List<Entry> ENTRIES = new ArrayList<>();

  private static void add(String cls, String method, String suffix, Object[]... points) {
    ENTRIES.add(correct("jsofa/" + method + suffix, named(cls), method, points));
  }

  private static void add(String cls, String method, Object[]... points) {
    add(cls, method, "", points);
  }

  private static double[] v(double... x) {
    return x;
  }

  private static double[][] m(double[]... rows) {
    return rows;
  }

  /** The 3x3 matrices of JSOFA's tests of jauRxp, jauRxr, jauRx: not rotations, so every entry moves. */
  private static double[][] r() {
    return m(v(2, 3, 2), v(3, 2, 3), v(3, 4, 5));
  }

  private static double[][] rotation() {
    return m(v(0.00, -0.80, -0.60), v(0.80, -0.36, 0.48), v(0.60, 0.48, -0.64));
  }

  private static final double[][] PV = m(v(-0.4514964673880165, 0.03093394277342585, 0.05594668105108779),
      v(1.292270850663260e-5, 2.652814182060692e-6, 2.568431853930293e-6));

  private static final double[][] RBPN = m(v(9.999962358680738e-1, -2.516417057665452e-3, -1.093569785342370e-3),
      v(2.516462370370876e-3, 9.999968329010883e-1, 4.006159587358310e-5),
      v(1.093465510215479e-3, -4.281337229063151e-5, 9.999994012499173e-1));

  private static final double[][] RC2I = m(v(0.9999998323037164738, 0.5581526271714303683e-9, -0.5791308477073443903e-3),
      v(-0.2384266227524722273e-7, 0.9999999991917404296, -0.4020594955030704125e-4),
      v(0.5791308472168153320e-3, 0.4020595661593994396e-4, 0.9999998314954572365));

  private static final double[][] RPOM = m(v(0.9999999999999674705, -0.1367174580728847031e-10, 0.2550602379999972723e-6),
      v(0.1414624947957029721e-10, 0.9999999999982694954, -0.1860359246998866338e-5),
      v(-0.2550602379741215275e-6, 0.1860359247002413923e-5, 0.9999999999982369658));

  private static final double[][] RNPB = m(v(0.9999989440476103608, -0.1332881761240011518e-2, -0.5790767434730085097e-3),
      v(0.1332858254308954453e-2, 0.9999991109044505944, -0.4097782710401555759e-4),
      v(0.5791308472168153320e-3, 0.4020595661593994396e-4, 0.9999998314954572365));

  private static final double X = 0.5791308486706011000e-3;
  private static final double Y = 0.4020579816732961219e-4;

  /** jauS2c(ra, dec): the direction cosines JSOFA's tests of the tangent-plane functions start from. */
  private static double[] s2c(double ra, double dec) {
    return v(Math.cos(ra) * Math.cos(dec), Math.sin(ra) * Math.cos(dec), Math.sin(dec));
  }

  static {
    // vectors, rotation matrices and spherical coordinates
    String vec = "JSOFAVectors";
    add(vec, "jauPap", args(v(1.0, 0.1, 0.2), v(-3.0, 1e-3, 0.2)));
    add(vec, "jauPas", args(1.0, 0.1, 0.2, -1.0));
    add(vec, "jauSepp", args(v(1.0, 0.1, 0.2), v(-3.0, 1e-3, 0.2)));
    add(vec, "jauSeps", args(1.0, 0.1, 0.2, -3.0));
    add(vec, "jauPn", args(v(0.3, 1.2, -2.5)));
    add(vec, "jauS2c", args(3.0123, -0.999));
    add(vec, "jauS2p", args(-3.21, 0.123, 0.456));
    add(vec, "jauC2s", args(v(100.0, -50.0, 25.0)));
    add(vec, "jauP2s", args(v(100.0, -50.0, 25.0)));
    add(vec, "jauPv2s", args((Object) PV));
    add(vec, "jauS2pv", args(-3.21, 0.123, 0.456, -7.8e-6, 9.01e-6, -1.23e-5));
    add(vec, "jauRv2m", args(v(0.0, 1.41371669, -1.88495559)), args(v(0.3, -0.2, 0.5)));
    add(vec, "jauRm2v", args((Object) rotation()));
    add(vec, "jauRxp", args(r(), v(0.2, 1.5, 0.1)));
    add(vec, "jauRxr", args(r(), m(v(1, 2, 2), v(4, 1, 1), v(3, 0, 1))));
    add(vec, "jauTrxp", args(r(), v(0.2, 1.5, 0.1)));
    add(vec, "jauRx", args(0.3456789, r()));
    add(vec, "jauRy", args(0.3456789, r()));
    add(vec, "jauRz", args(0.3456789, r()));
    add(vec, "jauPdp", args(v(2.0, 2.0, 3.0), v(1.0, 3.0, 4.0)));
    add(vec, "jauPxp", args(v(2.0, 2.0, 3.0), v(1.0, 3.0, 4.0)));
    add(vec, "jauPm", args(v(0.3, 1.2, -2.5)));
    add(vec, "jauSxp", args(2.0, v(0.3, 1.2, -2.5)));
    // angles, fundamental arguments, obliquity, Earth rotation and sidereal time
    String ang = "JSOFAAngles";
    add(ang, "jauAnp", args(-0.1), args(7.5));
    add(ang, "jauAnpm", args(-4.0), args(2.5));
    // t in Julian centuries; each argument wraps with fmod every 7e-4 to 6e-3 centuries: points near JSOFA's 0.80 at least
    // 3.5e-4 from a wrap, so that the differences' smallest steps stay on one branch
    add(ang, "jauFal03", args(0.8005), args(-0.23));
    // F turns every 7.45e-4 centuries: at 0.80 the differences' larger steps span whole turns and settle on an aliased
    // -11.1 (the tangent's 8433.47 is the series' rate, 1739527262.8478"/cy); three days either side of J2000 every step
    // is a fraction of a turn
    add(ang, "jauFaf03", args(1e-4), args(-1e-4));
    add(ang, "jauFad03", args(0.8034), args(-0.2299));
    add(ang, "jauFaom03", args(0.80), args(-0.23));
    add(ang, "jauFame03", args(0.8015), args(-0.2293));
    add(ang, "jauFalp03", args(0.8039), args(-0.2261));
    add(ang, "jauFave03", args(0.80), args(-0.2277));
    add(ang, "jauObl06", args(2400000.5, 54388.0));
    add(ang, "jauObl80", args(2400000.5, 54388.0));
    // Earth rotation: fmod(date, 1.0) of each part, a sawtooth of period one day; see NEAR_JD_ZERO
    add(ang, "jauGmst00", args(0.5, 0.3, 0.5, 0.3004), args(0.2, 0.7, 0.2, 0.7004));
    add(ang, "jauGmst06", args(0.5, 0.3, 0.5, 0.3004), args(0.2, 0.7, 0.2, 0.7004));
    add(ang, "jauGmst82", args(0.5, 0.3), args(0.2, 0.7));
    add(ang, "jauEra00", args(0.5, 0.3), args(0.2, 0.7));
    add(ang, "jauEqeq94", args(2400000.5, 41234.0));
    add(ang, "jauGst94", args(2400000.5, 53736.3));
    add(ang, "jauEpj", args(2451545.0, -7392.5));
    add(ang, "jauEpb", args(2415019.8135, 30103.18648));
    // precession, frame bias, polar motion, CIO-based frames, long-term precession, ecliptic and Galactic frames
    String pre = "JSOFAPrecession";
    add(pre, "jauPfw06", args(2400000.5, 50123.9999));
    add(pre, "jauFw2m", args(-0.2243387670997992368e-5, 0.4091014602391312982, -0.9501954178013015092e-3,
        0.4091014316587367472));
    add(pre, "jauPmat06", args(2400000.5, 50123.9999));
    add(pre, "jauPb06", args(2400000.5, 50123.9999));
    add(pre, "jauP06e", args(2400000.5, 52541.0));
    add(pre, "jauPmat76", args(2400000.5, 50123.9999));
    add(pre, "jauNumat", args(0.4090789763356509900, -0.9630909107115582393e-5, 0.4063239174001678826e-4));
    add(pre, "jauBpn2xy", args((Object) RBPN));
    add(pre, "jauC2ixy", args(2400000.5, 53736.0, X, Y));
    add(pre, "jauC2ixys", args(X, Y, -0.1220040848472271978e-7));
    add(pre, "jauC2tcio", args(RC2I, 1.75283325530307, RPOM));
    add(pre, "jauPom00", args(2.55060238e-7, 1.860359247e-6, -0.1367174580728891460e-10));
    add(pre, "jauEors", args(RNPB, -0.1220040848472271978e-7));
    add(pre, "jauLtp", args(1666.666));
    add(pre, "jauLtpequ", args(-2500.0));
    add(pre, "jauLtpecl", args(-1500.0));
    add(pre, "jauEqec06", args(1234.5, 2440000.5, 1.234, 0.987));
    add(pre, "jauEceq06", args(2456165.5, 0.401182685, 5.1, -0.9));
    add(pre, "jauG2icrs", args(5.5850536063818546461558105, -0.7853981633974483096156608));
    add(pre, "jauIcrs2g", args(5.9338074302227188048671087, -1.1784870613579944551540570));
    // nutation and CIO-locator series over tables of small objects
    String ser = "JSOFASeries";
    add(ser, "jauNut80", args(2400000.5, 53736.0));
    add(ser, "jauNutm80", args(2400000.5, 53736.0));
    add(ser, "jauNut00b", args(2400000.5, 53736.0));
    add(ser, "jauEe00", args(2400000.5, 53736.0, 0.4090789763356509900, -0.9630909107115582393e-5));
    add(ser, "jauEect00", args(2400000.5, 53736.0));
    add(ser, "jauS00", args(2400000.5, 53736.0, X, Y));
    add(ser, "jauS06", args(2400000.5, 53736.0, X, Y));
    // the observer: geodetic, horizon, tangent plane, astrometry, star catalogues
    String obs = "JSOFAObserver";
    add(obs, "jauGc2gde", args(6378136.0, 0.0033528, v(2e6, 3e6, 5.244e6)));
    add(obs, "jauGd2gce", args(6378136.0, 0.0033528, 3.1, -0.5, 2500.0));
    add(obs, "jauAe2hd", args(5.5, 1.1, 0.7));
    add(obs, "jauHd2ae", args(1.1, 1.2, 0.3));
    add(obs, "jauHd2pa", args(1.1, 1.2, 0.3));
    add(obs, "jauTpxes", args(1.3, 1.55, 2.3, 1.5));
    add(obs, "jauTpsts", args(-0.03, 0.07, 2.3, 1.5));
    add(obs, "jauTpstv", args(-0.03, 0.07, s2c(2.3, 1.5)));
    add(obs, "jauTpxev", args(s2c(1.3, 1.55), s2c(2.3, 1.5)));
    add(obs, "jauTpors", args(-0.03, 0.07, 1.3, 1.5));
    add(obs, "jauAb", args(v(-0.76321968546737951, -0.60869453983060384, -0.21676408580639883),
        v(2.1044018893653786e-5, -8.9108923304429319e-5, -3.8633714797716569e-5), 0.99980921395708788,
        0.99999999506209258));
    add(obs, "jauLd", args(0.00028574, v(-0.763276255, -0.608633767, -0.216735543),
        v(-0.763276255, -0.608633767, -0.216735543), v(0.76700421, 0.605629598, 0.211937094), 8.91276983, 3e-10));
    add(obs, "jauLdsun", args(v(-0.763276255, -0.608633767, -0.216735543), v(-0.973644023, -0.20925523, -0.0907169552),
        0.999809214));
    add(obs, "jauPmpx", args(1.234, 0.789, 1e-5, -2e-5, 1e-2, 10.0, 8.75, v(0.9, 0.4, 0.1)));
    add(obs, "jauRefco", args(800.0, 10.0, 0.9, 0.4));
    add(obs, "jauStarpv", args(0.01686756, -1.093989828, -1.78323516e-5, 2.336024047e-6, 0.74723, -21.6,
        new double[2][3]));
    add(obs, "jauPvstar", args((Object) m(v(126668.5912743160601, 2136.792716839935195, -245251.2339876830091),
        v(-0.4051854035740712739e-2, -0.6253919754866173866e-2, 0.1189353719774107189e-1))));
    // the long series: IAU 2000A/2006A nutation, the CIP's X, Y, TDB-TT, planets, Moon, Earth
    add("JSOFANut00a", "jauNut00a", args(2400000.5, 53736.0));
    add("JSOFAXy06", "jauXy06", args(2400000.5, 53736.0));
    // the ephemerides, at dates near JD 0 (NEAR_JD_ZERO): the formulas are the same polynomials and series there
    add("JSOFADtdb", "jauDtdb", args(0.5, 0.123, 0.76543, 5.0123, 5525.242, 3190.0));
    add("JSOFAPlan94", "jauPlan94", args(0.5, 0.3, 1));
    add("JSOFAPlan94", "jauPlan94", " (Earth-Moon)", args(0.5, 0.3, 3));
    add("JSOFAMoon98", "jauMoon98", args(0.5, 0.3));
    add("JSOFAEpv00", "jauEpv00", args(0.5, 0.3, new double[2][3], new double[2][3]));
  }

  /*
   * NEAR_JD_ZERO. SOFA takes a date as two parts whose sum is the Julian Date (2400000.5 + an MJD in JSOFA's tests).
   * The harness steps each input by powers of two scaled to its size: along 2400000.5 from 2^17 down to 16 days, whole
   * days all. The Earth rotation angle and the sidereal times add fmod(part, 1.0) of each part, a sawtooth of period one
   * day, which whole-day steps never move: the differences then agree to 1e-16 on the secular rate alone (2 pi *
   * 0.00273781 rad/day), where the derivative of the code is 2 pi * 1.00273781 (the companions' 6.3004, the Earth's
   * rotation); and steps of 16 days and more alias the Moon's and Mercury's periods in the ephemerides (Moon98, Plan94,
   * Epv00, Dtdb's lunar terms), whose differences then "settle" on numbers near 0. The first run marked these nine
   * WRONG (five without a warning); the companions were right and the oracle could not see it (corpus.JsofaWholeDayStepsTest
   * checks Era00 and Gmst82 at JSOFA's own dates against the rate and against differences with sub-day steps, both
   * modes, and that the harness's differences miss it). The entries are therefore checked at dates whose two parts are
   * below one day, where every step is a fraction of a day: the same formulas (linear, cubic and series in t) at
   * t = -67 centuries.
   */

  private static final String CALLEE_RESULT = "a same-class callee returning a new result object to its caller:"
      + " jauNut80 builds and returns new NutationTerms(dp * U2R, de * U2R) (a plain constructor of two doubles),"
      + " and the caller reads nut.dpsi; the callee is differentiated on its own (too large to inline: the table of small"
      + " objects it builds per call), and its object result cannot carry derivatives back to a caller";

  private static final String NESTED_RESULT = "an object result whose constructor builds objects: the result class's"
      + " constructor takes the numbers and stores new SphericalPosition / SphericalCoordinate objects made from them"
      + " (or the result holds two such objects), not a plain constructor of doubles";

  /** The recorded refusals of the round, by id: the first blocker the core names. */
  private static final Map<String, String> REFUSED = Map.ofEntries(
      Map.entry("jsofa/jauEqeq94", CALLEE_RESULT),
      Map.entry("jsofa/jauGst94", CALLEE_RESULT),
      Map.entry("jsofa/jauNutm80", CALLEE_RESULT),
      Map.entry("jsofa/jauPv2s", NESTED_RESULT),
      Map.entry("jsofa/jauPvstar", NESTED_RESULT),
      Map.entry("jsofa/jauTpors", NESTED_RESULT),
      Map.entry("jsofa/jauStarpv", "adjoint only: jauCpv(pv, pv1) moves rows of a double[][] it is given by reference"
          + " (c[0] = jauCp(...)), and its call is reversed jointly; the tangent is generated"));

  private static Entry recorded(Entry e) {
    String why = REFUSED.get(e.id());
    return why == null ? e : new Entry(e.id(), e.type(), e.method(), e.receiver(), e.points(), Entry.Status.REFUSED, why,
        e.alsoTransformed());
  }

  static List<Entry> entries() {
    return ENTRIES.stream().map(ThirtySeventhRound::recorded).toList();
  }
}
