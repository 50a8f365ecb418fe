package org.habittrends.report;

import java.util.Iterator;
import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/** The programme's leader ids in order; restartable, since the base class saves the count. */
class LeaderIdReader extends AbstractItemCountingItemStreamItemReader<String> {

  private final LeaderReportQueries queries;
  private Iterator<String> ids = List.<String>of().iterator();

  LeaderIdReader(LeaderReportQueries queries) {
    this.queries = queries;
    setName("leaderIds");
  }

  @Override
  protected void doOpen() {
    ids = queries.leaderIds().iterator();
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
