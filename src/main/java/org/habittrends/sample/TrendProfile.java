package org.habittrends.sample;

/**
 * The shape of a synthetic leader's trend: mean perceived change per wave, spread, how often
 * stakeholders answer and how diligently the leader follows up (0 = none .. 4 = consistent).
 */
enum TrendProfile {
  IMPROVING(0.4, 0.55, 0.8, 0.9, 3.0),
  FLAT(0.2, 0.0, 0.8, 0.9, 1.2),
  DECLINING(0.3, -0.4, 0.8, 0.88, 0.8),
  NOISY(0.6, 0.2, 1.6, 0.85, 2.0),
  LOW_RESPONSE(0.3, 0.4, 0.9, 0.4, 2.5);

  /**
   * Profiles by leader position, repeating every 12 leaders: mostly improvers, as in real cohorts.
   */
  private static final TrendProfile[] CYCLE = {
    IMPROVING, FLAT, DECLINING, NOISY, LOW_RESPONSE, IMPROVING,
    IMPROVING, FLAT, IMPROVING, NOISY, IMPROVING, DECLINING
  };

  private final double start;
  private final double slope;
  private final double spread;
  private final double responseRate;
  private final double diligence;

  TrendProfile(double start, double slope, double spread, double responseRate, double diligence) {
    this.start = start;
    this.slope = slope;
    this.spread = spread;
    this.responseRate = responseRate;
    this.diligence = diligence;
  }

  static TrendProfile forLeader(int index) {
    return CYCLE[index % CYCLE.length];
  }

  double mean(int wave) {
    return start + slope * (wave - 1);
  }

  double spread() {
    return spread;
  }

  double responseRate() {
    return responseRate;
  }

  double diligence() {
    return diligence;
  }
}
