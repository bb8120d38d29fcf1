package kz.urpaq.submission;

import kz.urpaq.competition.ReceivedApplications;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;

/** Counts only: who applied is never part of it (decision 028). */
@Component
class CompetitionReceived implements ReceivedApplications {

    private final JdbcClient jdbc;

    CompetitionReceived(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> byDirection(long competitionId) {
        var counts = new HashMap<Long, Long>();
        jdbc.sql("select direction_id, count(*) from application where competition_id = :id and status in "
                        + "('SUBMITTED', 'ELIGIBLE', 'INELIGIBLE') and direction_id is not null group by direction_id")
                .param("id", competitionId)
                .query((RowCallbackHandler) row -> counts.put(row.getLong(1), row.getLong(2)));
        return counts;
    }
}
