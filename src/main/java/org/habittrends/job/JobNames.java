package org.habittrends.job;

/** Job names and parameters: they live in the job repository and on command lines, never change. */
public final class JobNames {

  public static final String RUN = "runJob";
  public static final String IMPORT = "importJob";
  public static final String ANALYSE = "analyseJob";
  public static final String REPORT = "reportJob";
  public static final String DELIVER = "deliverJob";

  /** Identifying parameter: the workspace folder, absolute. */
  public static final String WORKSPACE = "workspace";

  /** Identifying parameter: the programme id from programme.yml. */
  public static final String PROGRAMME = "programme";

  /**
   * Identifying parameter: when the run was first requested. It keys one run until it completes:
   * re-running the command after a failure restarts the same job instance with the same value.
   */
  public static final String REQUESTED_AT = "requestedAt";

  /** Identifying parameter of the deliver job: "true" writes .eml files instead of sending. */
  public static final String DRY_RUN = org.habittrends.delivery.DeliveryStepConfiguration.DRY_RUN;

  /** Optional parameter of the report job: write progress reports as of this wave. */
  public static final String AS_OF_WAVE = "asOfWave";

  /** Identifying parameter, only when "true": recompute and re-render everything (--all). */
  public static final String ALL = org.habittrends.incremental.IncrementalConfiguration.ALL;

  private JobNames() {}
}
