package org.habittrends.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the programme's leaders into contiguous ranges of leader ids, one per partition, so each
 * worker renders its own leaders. Ranges (not lists) keep the execution contexts small at 10,000+
 * leaders.
 */
class LeaderPartitioner implements Partitioner {

  static final String FIRST = "firstLeaderId";
  static final String LAST = "lastLeaderId";

  private final LeaderReportQueries queries;

  LeaderPartitioner(LeaderReportQueries queries) {
    this.queries = queries;
  }

  @Override
  public Map<String, ExecutionContext> partition(int gridSize) {
    List<String> ids = queries.leaderIds();
    Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
    int size = Math.max(1, (ids.size() + gridSize - 1) / Math.max(1, gridSize));
    for (int from = 0, p = 0; from < ids.size(); from += size, p++) {
      ExecutionContext context = new ExecutionContext();
      context.putString(FIRST, ids.get(from));
      context.putString(LAST, ids.get(Math.min(ids.size(), from + size) - 1));
      partitions.put("leaders" + p, context);
    }
    return partitions;
  }
}
