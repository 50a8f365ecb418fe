package org.habittrends.report;

import java.util.Iterator;
import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * One partition's leader ids in order; restartable, since the base class saves the count. One
 * instance per partition (step scope): it holds the partition's position.
 */
class LeaderIdReader extends AbstractItemCountingItemStreamItemReader<String> {

  private final LeaderReportQueries queries;
  private final String first;
  private final String last;
  private Iterator<String> ids = List.<String>of().iterator();

  LeaderIdReader(LeaderReportQueries queries, String first, String last) {
    this.queries = queries;
    this.first = first;
    this.last = last;
    setName("leaderIds");
  }

  @Override
  protected void doOpen() {
    ids = queries.leaderIds(first, last).iterator();
  }

  @Override
  protected String doRead() {
    return ids.hasNext() ? ids.next() : null;
  }

  @Override
  protected void doClose() {
    ids = List.<String>of().iterator();
  }
}
