package kz.urpaq.organiser;

import kz.urpaq.demo.FinishedCompetitionDemo;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V110 moves every competition to the default organiser without losing a row or changing a
 * result: tried on a copy of the 2025 demo's competitions and result snapshots in a schema of its
 * own, made as the schema stood before organisers (V100), then migrated on.
 */
@SpringBootTest
class OrganiserMigrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void existing_competitions_move_to_the_default_organiser_with_their_results_unchanged() {
        var schema = "organisers_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).target("100")
                    .locations("classpath:db/migration").load().migrate();
            var columns = String.join(", ", jdbc.sql("""
                            select column_name from information_schema.columns
                            where table_schema = :schema and table_name = 'competition' order by ordinal_position""")
                    .param("schema", schema).query(String.class).list());
            var copied = jdbc.sql("insert into " + schema + ".competition (" + columns + ") select " + columns
                    + " from public.competition where code like :code").param("code", FinishedCompetitionDemo.CODE + "%")
                    .update();
            assertThat(copied).as("the 2025 demo is in the test database").isPositive();
            jdbc.sql("insert into " + schema + ".result_snapshot (id, version, competition_id, export_text, sha256, "
                    + "finalised_at) select s.id, s.version, s.competition_id, s.export_text, s.sha256, s.finalised_at "
                    + "from public.result_snapshot s join " + schema + ".competition c on c.id = s.competition_id "
                    // before V142 a competition had one snapshot: the current one (an upheld appeal keeps the earlier)
                    + "where s.superseded_at is null")
                    .update();
            var before = state(schema);

            Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load()
                    .migrate();

            assertThat(state(schema)).isEqualTo(before);
            assertThat(jdbc.sql("select count(*) from " + schema + ".competition c join " + schema
                    + ".organiser o on o.id = c.organiser_id where o.code = :code")
                    .param("code", OrganiserService.DEFAULT_CODE).query(Integer.class).single()).isEqualTo(copied);
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    /** Every competition's code with its result snapshot's hash, and the row counts. */
    private List<String> state(String schema) {
        return jdbc.sql("select c.code || ' ' || coalesce(s.sha256, '-') from " + schema + ".competition c left join "
                + schema + ".result_snapshot s on s.competition_id = c.id order by c.code").query(String.class).list();
    }
}
