package dev.leibniz.corpus;

import static dev.leibniz.corpus.Entry.args;
import static dev.leibniz.corpus.Entry.construct;
import static dev.leibniz.corpus.Entry.correct;
import static dev.leibniz.corpus.Entry.inLoader;
import static dev.leibniz.corpus.Entry.inLoaderOf;
import static dev.leibniz.corpus.Entry.knownWrong;
import static dev.leibniz.corpus.Entry.refused;

import dev.leibniz.corpus.team254.CentripetalAccelerationConstraint;
import dev.leibniz.corpus.team254.CubicHermiteSpline;
import dev.leibniz.corpus.team254.DCMotorTransmission;
import dev.leibniz.corpus.team254.DifferentialDrive;
import dev.leibniz.corpus.team254.DifferentialDriveDynamicsConstraint;
import dev.leibniz.corpus.team254.Pose2d;
import dev.leibniz.corpus.team254.Pose2dWithCurvature;
import dev.leibniz.corpus.team254.QuinticHermiteSpline;
import dev.leibniz.corpus.team254.Rotation2d;
import dev.leibniz.corpus.team254.Spline;
import dev.leibniz.corpus.team254.Translation2d;
import dev.leibniz.corpus.team254.Twist2d;
import dev.leibniz.corpus.team254.Units;
import dev.leibniz.corpus.team254.Util;
import dev.leibniz.corpus.team254.VelocityLimitRegionConstraint;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The thirty-ninth round of the corpus table: the robot physics and geometry library of FIRST Robotics team 254
 * (Team254/FRC-2018-Public, MIT; ids {@code team254/...}, code in {@code team254/}): the DC motor model
 * ({@code DCMotorTransmission}: free speed, torque for a voltage and voltage for a torque, with rolling and static
 * friction branches) and the differential drive's kinematics and dynamics ({@code DifferentialDrive}: forward and
 * inverse kinematics and dynamics filling a {@code DriveDynamics} of nested {@code ChassisState}/{@code WheelState}
 * objects, the maximal velocity on a curvature, the min/max acceleration over four cases looped through boxed
 * {@code Arrays.asList}), the immutable SE(2) value objects ({@code Translation2d}, {@code Rotation2d} holding a cosine
 * and a sine, {@code Twist2d}, {@code Pose2d} with its Lie-group {@code exp}/{@code log} and their small-angle Taylor
 * branches, {@code Pose2dWithCurvature}) whose interpolation runs through the generic {@code Interpolable}/{@code State}
 * interfaces, cubic and quintic Hermite splines (points, headings, curvature and its derivative), and the timing
 * constraints that bound a trajectory's velocity through the generic {@code TimingConstraint} interface. The Java-era
 * myPhysicsLab (the brief's first candidate) is GPL-2 (only its later TypeScript is Apache-2.0) and Jinngine is GPL:
 * neither was taken. Kept apart from {@link Corpus} so that rounds merge without conflicts; {@link Corpus#entries()}
 * appends it.
 */
final class ThirtyNinthRound {
  private ThirtyNinthRound() {}

  private static final String PKG = "dev.leibniz.corpus.team254.";

  /** The package's classes, differentiated and loaded together (their nested classes come with them). */
  private static final List<Class<?>> ALL = List.of(Util.class, Units.class, Translation2d.class, Rotation2d.class,
      Twist2d.class, Pose2d.class, Pose2dWithCurvature.class, Spline.class, CubicHermiteSpline.class,
      QuinticHermiteSpline.class, DCMotorTransmission.class, DifferentialDrive.class,
      CentripetalAccelerationConstraint.class, DifferentialDriveDynamicsConstraint.class,
      VelocityLimitRegionConstraint.class);

  private static Entry team(Entry e) {
    return e.with(ALL.stream().filter(c -> c != e.type()).toArray(Class<?>[]::new));
  }

  // ---- objects made in the entry's loader

  private static Class<?> in(ClassLoader loader, String name) {
    try {
      return Class.forName(PKG + name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Object translation(ClassLoader l, double x, double y) {
    return construct(x, y).apply(in(l, "Translation2d"));
  }

  private static Object rotation(ClassLoader l, double theta) {
    return construct(Math.cos(theta), Math.sin(theta), false).apply(in(l, "Rotation2d"));
  }

  private static Object pose(ClassLoader l, double x, double y, double theta) {
    return construct(translation(l, x, y), rotation(l, theta)).apply(in(l, "Pose2d"));
  }

  private static Object motor(ClassLoader l, double speedPerVolt, double torquePerVolt, double frictionVoltage) {
    return construct(speedPerVolt, torquePerVolt, frictionVoltage).apply(in(l, "DCMotorTransmission"));
  }

  /** A drive as Team 254's 2018 robot: 68 kg, 84 kg m^2, wheels of 3 in, the two sides' motors a little apart. */
  private static Object drive(ClassLoader l) {
    return construct(68.0, 84.0, 12.0, 0.0762, 0.35, motor(l, 7.4, 14.5, 1.05), motor(l, 7.2, 14.9, 1.10))
        .apply(in(l, "DifferentialDrive"));
  }

  private static void set(Object o, String name, Object value) {
    try {
      Field f = o.getClass().getDeclaredField(name);
      f.setAccessible(true);
      f.set(o, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Entry.InLoader tr(double x, double y) {
    return inLoaderOf(Translation2d.class, x, y);
  }

  private static Entry.InLoader rot(double theta) {
    return inLoaderOf(Rotation2d.class, Math.cos(theta), Math.sin(theta), false);
  }

  private static Entry.InLoader twist(double dx, double dy, double dtheta) {
    return inLoaderOf(Twist2d.class, dx, dy, dtheta);
  }

  /** A Pose2d argument: made empty, its translation and rotation set to ones made in the same loader. */
  private static Entry.InLoader poseArg(double x, double y, double theta) {
    return inLoader(Pose2d.class, o -> {
      ClassLoader l = o.getClass().getClassLoader();
      set(o, "translation_", translation(l, x, y));
      set(o, "rotation_", rotation(l, theta));
    });
  }

  private static Entry.InLoader curvedArg(double x, double y, double theta, double curvature, double dcurvature) {
    return inLoader(Pose2dWithCurvature.class, o -> {
      set(o, "pose_", pose(o.getClass().getClassLoader(), x, y, theta));
      set(o, "curvature_", curvature);
      set(o, "dcurvature_ds_", dcurvature);
    });
  }

  private static Entry.InLoader wheels(double left, double right) {
    return inLoaderOf(DifferentialDrive.WheelState.class, left, right);
  }

  private static Entry.InLoader chassis(double linear, double angular) {
    return inLoaderOf(DifferentialDrive.ChassisState.class, linear, angular);
  }

  // ---- receivers

  private static Function<Class<?>, Object> poseAt(double x, double y, double theta) {
    return c -> pose(c.getClassLoader(), x, y, theta);
  }

  private static Function<Class<?>, Object> curved(double x, double y, double theta, double k, double dk) {
    return c -> construct(pose(c.getClassLoader(), x, y, theta), k, dk).apply(c);
  }

  /** A spline of class {@code cls} from (0, 0) heading 0 to (3, 2) heading 45 degrees. */
  private static Function<Class<?>, Object> spline(String cls) {
    return c -> {
      ClassLoader l = c.getClassLoader();
      return construct(pose(l, 0, 0, 0), pose(l, 3, 2, Math.PI / 4)).apply(in(l, cls));
    };
  }

  private static Function<Class<?>, Object> motorAt() {
    return c -> motor(c.getClassLoader(), 7.4, 14.5, 1.05);
  }

  private static Function<Class<?>, Object> driveAt() {
    return c -> drive(c.getClassLoader());
  }


  /**
   * DifferentialDrive's companions take the receiver's shadow, and the harness counts every number the receiver reaches
   * as an input, among them the three constants of each DCMotorTransmission held in left_transmission_ and
   * right_transmission_: a class whose fields are only read, so by README "Objects" its numbers are passive and the
   * derivative along them is 0. The core warns at each read (core.HeldPassiveNumbers). Checked: with DCMotorTransmission
   * annotated @Differentiable (a scratch run, not kept) the five entries are CORRECT in both modes at the same points.
   */
  static final String PASSIVE_MOTORS = "known wrong with the core's warning (the harness counts as inputs numbers that"
      + " are passive by the contract): the receiver's DCMotorTransmission objects (speed_per_volt_, torque_per_volt_,"
      + " friction_voltage_) are only read, so their class has no shadow and the derivative along their numbers is 0; the"
      + " core warns at the read ('reads DifferentialDrive.left_transmission_, which holds DCMotorTransmission objects:"
      + " their class has no shadow, so the numbers they hold are passive, held as constants'). With the class annotated"
      + " @Differentiable all five are correct in both modes (checked at the same points)";

  static final String RETURNED_NEW_DEFAULT = "new Rotation2d() (the identity, a constructor chaining this(1, 0, false))"
      + " returned on the NaN path of getAngle while Rotation2d.fromRadians(...) is returned on the other: the new object"
      + " would need its shadow made by a constructor (Translation2d.java:154)";

  static final String RETURNED_NOT_DIFFERENTIABLE = "returns a new object of a class that has no shadow in this class's"
      + " companions, made by a constructor that normalises (Rotation2d(x, y, true): hypot and a tolerance branch) or"
      + " holds an object (Pose2dWithCurvature(Pose2d, double, double)): 'an object of a class that is not @Differentiable"
      + " cannot carry derivatives out of it' (CubicHermiteSpline.java:53, Spline.java:32); QuinticHermiteSpline.getHeading,"
      + " the same return, is correct because that class's other methods give Rotation2d shadows";

  static final String MINMAX_MADE_INSIDE = "DifferentialDrive.getMinMaxAcceleration writes the fields of a MinMax it makes"
      + " and returns it: at run time the tangent stops with the core's own error ('writes fields and returned an object"
      + " that is none of the objects passed to it ... so its tangent gives the result's shadow but not the result'); the"
      + " adjoint is refused at the new ChassisState given to it (DifferentialDriveDynamicsConstraint.java:38)";

  private static final List<Entry> ENTRIES = new ArrayList<>();

  private static void add(Entry e) {
    ENTRIES.add(team(e));
  }

  static {
    // util
    add(correct("team254/Util.limit", Util.class, "limit", args(0.4, -1.0, 1.0), args(1.7, -1.0, 1.0)));
    add(correct("team254/Util.interpolate", Util.class, "interpolate", args(2.0, 5.0, 0.3), args(-1.5, 4.0, 0.8)));
    add(correct("team254/Units.rpm_to_rads_per_sec", Units.class, "rpm_to_rads_per_sec", args(3000.0)));
    add(correct("team254/Units.meters_to_feet", Units.class, "meters_to_feet", args(2.5)));

    // Translation2d
    Function<Class<?>, Object> t = construct(1.2, -0.7);
    add(correct("team254/Translation2d.norm", Translation2d.class, "norm", args()).on(t));
    add(correct("team254/Translation2d.norm2", Translation2d.class, "norm2", args()).on(t));
    add(correct("team254/Translation2d.translateBy", Translation2d.class, "translateBy", args(tr(0.4, 1.9))).on(t));
    add(correct("team254/Translation2d.rotateBy", Translation2d.class, "rotateBy", args(rot(0.6))).on(t));
    add(correct("team254/Translation2d.direction", Translation2d.class, "direction", args()).on(t));
    add(correct("team254/Translation2d.inverse", Translation2d.class, "inverse", args()).on(t));
    add(correct("team254/Translation2d.interpolate", Translation2d.class, "interpolate", args(tr(0.4, 1.9), 0.3),
        args(tr(0.4, 1.9), 1.5)).on(t));
    add(correct("team254/Translation2d.extrapolate", Translation2d.class, "extrapolate", args(tr(0.4, 1.9), 1.3)).on(t));
    add(correct("team254/Translation2d.scale", Translation2d.class, "scale", args(2.5)).on(t));
    add(correct("team254/Translation2d.dot", Translation2d.class, "dot", args(tr(1.2, -0.7), tr(0.4, 1.9))));
    add(refused("team254/Translation2d.getAngle", Translation2d.class, "getAngle", RETURNED_NEW_DEFAULT, args(tr(1.2, -0.7), tr(0.4, 1.9))));
    add(correct("team254/Translation2d.cross", Translation2d.class, "cross", args(tr(1.2, -0.7), tr(0.4, 1.9))));
    add(correct("team254/Translation2d.distance", Translation2d.class, "distance", args(tr(0.4, 1.9))).on(t));

    // Rotation2d (a cosine and a sine)
    Function<Class<?>, Object> r = construct(Math.cos(0.9), Math.sin(0.9), false);
    add(correct("team254/Rotation2d.fromRadians", Rotation2d.class, "fromRadians", args(0.9)));
    add(correct("team254/Rotation2d.fromDegrees", Rotation2d.class, "fromDegrees", args(52.0)));
    add(correct("team254/Rotation2d.tan", Rotation2d.class, "tan", args()).on(r));
    add(correct("team254/Rotation2d.getRadians", Rotation2d.class, "getRadians", args()).on(r));
    add(correct("team254/Rotation2d.getDegrees", Rotation2d.class, "getDegrees", args()).on(r));
    add(correct("team254/Rotation2d.rotateBy", Rotation2d.class, "rotateBy", args(rot(0.6))).on(r));
    add(correct("team254/Rotation2d.normal", Rotation2d.class, "normal", args()).on(r));
    add(correct("team254/Rotation2d.inverse", Rotation2d.class, "inverse", args()).on(r));
    add(correct("team254/Rotation2d.toTranslation", Rotation2d.class, "toTranslation", args()).on(r));
    add(correct("team254/Rotation2d.interpolate", Rotation2d.class, "interpolate", args(rot(2.1), 0.4),
        args(rot(2.1), 1.2)).on(r));
    add(correct("team254/Rotation2d.distance", Rotation2d.class, "distance", args(rot(2.1))).on(r));
    add(correct("team254/Rotation2d.tan (unnormalized)", Rotation2d.class, "tan", args())
        .on(construct(1.3, 0.5, true)));

    // Twist2d
    Function<Class<?>, Object> w = construct(1.1, 0.4, 0.3);
    add(correct("team254/Twist2d.scaled", Twist2d.class, "scaled", args(0.6)).on(w));
    add(correct("team254/Twist2d.norm", Twist2d.class, "norm", args()).on(w));
    add(correct("team254/Twist2d.curvature", Twist2d.class, "curvature", args()).on(w));

    // Pose2d: SE(2) exp and log, composition
    add(correct("team254/Pose2d.exp", Pose2d.class, "exp", args(twist(1.1, 0.4, 0.3)), args(twist(-0.5, 0.8, -1.7))));
    add(correct("team254/Pose2d.exp (zero angle)", Pose2d.class, "exp", args(twist(1.1, 0.4, 0.0))));
    add(correct("team254/Pose2d.log", Pose2d.class, "log", args(poseArg(1.1, 0.4, 0.3)), args(poseArg(-2.0, 0.7, 2.4))));
    Function<Class<?>, Object> p = poseAt(1.5, -0.5, 0.7);
    add(correct("team254/Pose2d.transformBy", Pose2d.class, "transformBy", args(poseArg(0.8, 0.3, -0.4))).on(p));
    add(correct("team254/Pose2d.inverse", Pose2d.class, "inverse", args()).on(p));
    add(correct("team254/Pose2d.normal", Pose2d.class, "normal", args()).on(p));
    add(correct("team254/Pose2d.intersection", Pose2d.class, "intersection", args(poseArg(3.0, 2.0, 2.2))).on(p));
    add(correct("team254/Pose2d.interpolate", Pose2d.class, "interpolate", args(poseArg(3.0, 2.0, 1.4), 0.35)).on(p));
    add(correct("team254/Pose2d.distance", Pose2d.class, "distance", args(poseArg(3.0, 2.0, 1.4))).on(p));
    add(correct("team254/Pose2d.mirror", Pose2d.class, "mirror", args()).on(p));

    // Pose2dWithCurvature
    Function<Class<?>, Object> pc = curved(1.5, -0.5, 0.7, 0.2, 0.05);
    add(correct("team254/Pose2dWithCurvature.transformBy", Pose2dWithCurvature.class, "transformBy",
        args(poseArg(0.8, 0.3, -0.4))).on(pc));
    add(correct("team254/Pose2dWithCurvature.mirror", Pose2dWithCurvature.class, "mirror", args()).on(pc));
    add(correct("team254/Pose2dWithCurvature.interpolate", Pose2dWithCurvature.class, "interpolate",
        args(curvedArg(3.0, 2.0, 1.4, -0.1, 0.02), 0.35)).on(pc));
    add(correct("team254/Pose2dWithCurvature.distance", Pose2dWithCurvature.class, "distance",
        args(curvedArg(3.0, 2.0, 1.4, -0.1, 0.02))).on(pc));

    // splines
    Function<Class<?>, Object> cubic = spline("CubicHermiteSpline");
    Function<Class<?>, Object> quintic = spline("QuinticHermiteSpline");
    for (String m : List.of("getPoint", "getCurvature")) {
      add(correct("team254/CubicHermiteSpline." + m, CubicHermiteSpline.class, m, args(0.3), args(0.8)).on(cubic));
    }
    add(refused("team254/CubicHermiteSpline.getHeading", CubicHermiteSpline.class, "getHeading",
        RETURNED_NOT_DIFFERENTIABLE, args(0.3), args(0.8)).on(cubic));
    for (String m : List.of("getPoint", "getVelocity", "getCurvature", "getDCurvature", "getHeading")) {
      add(correct("team254/QuinticHermiteSpline." + m, QuinticHermiteSpline.class, m, args(0.3), args(0.8))
          .on(quintic));
    }
    add(correct("team254/QuinticHermiteSpline.getStartPose", QuinticHermiteSpline.class, "getStartPose", args())
        .on(quintic));
    add(refused("team254/Spline.getPose2dWithCurvature", Spline.class, "getPose2dWithCurvature", RETURNED_NOT_DIFFERENTIABLE, args(0.3), args(0.8))
        .on(quintic));

    // DC motor
    add(correct("team254/DCMotorTransmission.free_speed_at_voltage", DCMotorTransmission.class,
        "free_speed_at_voltage", args(8.0), args(-8.0)).on(motorAt()));
    add(correct("team254/DCMotorTransmission.getTorqueForVoltage", DCMotorTransmission.class, "getTorqueForVoltage",
        args(20.0, 6.0), args(-20.0, -6.0), args(20.0, -6.0)).on(motorAt()));
    add(correct("team254/DCMotorTransmission.getVoltageForTorque", DCMotorTransmission.class, "getVoltageForTorque",
        args(20.0, 30.0), args(-20.0, -30.0), args(20.0, -30.0)).on(motorAt()));

    // differential drive
    add(correct("team254/DifferentialDrive.solveForwardKinematics", DifferentialDrive.class, "solveForwardKinematics",
        args(wheels(40.0, 55.0))).on(driveAt()));
    add(correct("team254/DifferentialDrive.solveInverseKinematics", DifferentialDrive.class, "solveInverseKinematics",
        args(chassis(3.2, 0.8))).on(driveAt()));
    add(knownWrong("team254/DifferentialDrive.solveForwardDynamics", DifferentialDrive.class, "solveForwardDynamics", PASSIVE_MOTORS,
        args(wheels(40.0, 55.0), wheels(7.0, 9.5))).on(driveAt()));
    add(knownWrong("team254/DifferentialDrive.solveInverseDynamics", DifferentialDrive.class, "solveInverseDynamics", PASSIVE_MOTORS,
        args(chassis(3.2, 0.8), chassis(1.5, 0.4))).on(driveAt()));
    add(knownWrong("team254/DifferentialDrive.getMaxAbsVelocity", DifferentialDrive.class, "getMaxAbsVelocity", PASSIVE_MOTORS,
        args(0.5, 12.0), args(-0.5, 12.0), args(2.0, 10.0)).on(driveAt()));
    add(knownWrong("team254/DifferentialDrive.getMinMaxAcceleration", DifferentialDrive.class, "getMinMaxAcceleration", PASSIVE_MOTORS,
        args(chassis(2.0, 1.0), 0.5, 12.0)).on(driveAt()));

    // timing constraints (through the generic TimingConstraint interface)
    add(correct("team254/CentripetalAccelerationConstraint.getMaxVelocity", CentripetalAccelerationConstraint.class,
        "getMaxVelocity", args(curvedArg(1.0, 2.0, 0.3, 0.05, 0.0)), args(curvedArg(1.0, 2.0, 0.3, -0.2, 0.0)))
        .on(construct(110.0)));
    add(knownWrong("team254/DifferentialDriveDynamicsConstraint.getMaxVelocity",
        DifferentialDriveDynamicsConstraint.class, "getMaxVelocity", PASSIVE_MOTORS, args(curvedArg(1.0, 2.0, 0.3, 0.005, 0.0)))
        .on(c -> construct(drive(c.getClassLoader()), 10.0).apply(c)));
    add(refused("team254/DifferentialDriveDynamicsConstraint.getMinMaxAcceleration",
        DifferentialDriveDynamicsConstraint.class, "getMinMaxAcceleration", MINMAX_MADE_INSIDE,
        args(curvedArg(1.0, 2.0, 0.3, 0.005, 0.0), 60.0))
        .on(c -> construct(drive(c.getClassLoader()), 10.0).apply(c)));
    add(correct("team254/VelocityLimitRegionConstraint.getMaxVelocity", VelocityLimitRegionConstraint.class,
        "getMaxVelocity", args(curvedArg(1.0, 2.0, 0.3, 0.05, 0.0)))
        .on(c -> construct(translation(c.getClassLoader(), 0, 0), translation(c.getClassLoader(), 5, 5), 40.0)
            .apply(c)));
  }

  static List<Entry> entries() {
    return ENTRIES;
  }
}
