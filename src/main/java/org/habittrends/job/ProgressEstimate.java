package org.habittrends.job;

import java.util.function.ToLongFunction;
import org.springframework.batch.core.step.StepExecution;

/**
 * What progress means for one step: which count is "done", and an estimate of the total taken the
 * first time the step is seen running (the estimate may include what is already done).
 */
record ProgressEstimate(
    String stepName,
    String unit,
    ToLongFunction<StepExecution> done,
    ToLongFunction<StepExecution> total) {}
