package org.ehcflow.models;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every deployment (refused ones too) and every move of running cases to a newer version: who, when,
 * by which path, what, and what the rules or the migration found.
 */
@Repository
public class ModelAudit {

    /** One deployment, as recorded. */
    public record DeploymentRecord(long id, String deploymentId, String name, String source, String deployedBy,
                                   OffsetDateTime deployedAt, String outcome, List<String> files, String report) {
    }

    /**
     * One migration request, as recorded; its batch's progress is read when it is shown. {@code requestedThrough} is
     * {@link #THROUGH_PRODUCT} or {@link #THROUGH_ENGINE} (Cockpit, /engine-rest, the Java API).
     */
    public record MigrationRecord(long id, String processKey, String fromDefinitionId, int fromVersion,
                                  String toDefinitionId, int toVersion, String requestedBy, String requestedThrough,
                                  OffsetDateTime requestedAt,
                                  String batchId, int instancesMoved, int instancesLeft, String leftWaitingIn) {
    }

    static final String SYSTEM = "EHC Flow (no user signed in)";
    static final String THROUGH_PRODUCT = "EHC Flow";
    static final String THROUGH_ENGINE = "Camunda";
    /**
     * A refusal seen on this thread, recorded once the refused deployment's transaction has ended (so that the record
     * does not roll back with it, nor take a second connection while the first is held).
     */
    private static final ThreadLocal<Runnable> PENDING_REFUSAL = new ThreadLocal<>();
    private static final int PAGE = 200;
    private static final String MIGRATIONS = """
            select id, process_key, from_definition_id, from_version, to_definition_id, to_version, requested_by,
                requested_through, requested_at, batch_id, instances_moved, instances_left, left_waiting_in
            from model_migration""";

    private final JdbcClient jdbc;

    ModelAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void deployed(String deploymentId, String name, String source, String user, Collection<String> files, String report) {
        insert(deploymentId, name, source, user, "DEPLOYED", files, report);
    }

    /** Notes a refusal, to be recorded by {@link #recordPendingRefusal()} once its transaction has ended. */
    void refusedOnThisThread(String name, String source, String user, Collection<String> files,
                             List<ModelRules.Violation> violations) {
        List<String> names = List.copyOf(files);
        PENDING_REFUSAL.set(() -> refused(name, source, user, names, violations));
    }

    /** Records the refusal this thread saw, if any. */
    void recordPendingRefusal() {
        Runnable pending = PENDING_REFUSAL.get();
        PENDING_REFUSAL.remove();
        if (pending != null) {
            pending.run();
        }
    }

    private void refused(String name, String source, String user, Collection<String> files, List<ModelRules.Violation> violations) {
        insert(null, name, source, user, "REFUSED", files,
                violations.stream().map(ModelRules.Violation::toString).collect(Collectors.joining("\n")));
    }

    private void insert(String deploymentId, String name, String source, String user, String outcome,
                        Collection<String> files, String report) {
        jdbc.sql("""
                insert into model_deployment (deployment_id, name, source, deployed_by, deployed_at, outcome, files, report)
                values (:deployment, :name, :source, :by, :at, :outcome, :files, :report)""")
                .param("deployment", deploymentId).param("name", cut(name, 255)).param("source", cut(source, 255))
                .param("by", user == null ? SYSTEM : user).param("at", Timestamp.from(Instant.now()))
                .param("outcome", outcome).param("files", String.join("\n", files)).param("report", report)
                .update();
    }

    void migrated(MigrationRecord m) {
        jdbc.sql("""
                insert into model_migration (process_key, from_definition_id, from_version, to_definition_id, to_version,
                    requested_by, requested_through, requested_at, batch_id, instances_moved, instances_left, left_waiting_in)
                values (:key, :from, :fromVersion, :to, :toVersion, :by, :through, :at, :batch, :moved, :left, :leftIn)""")
                .param("key", m.processKey()).param("from", m.fromDefinitionId()).param("fromVersion", m.fromVersion())
                .param("to", m.toDefinitionId()).param("toVersion", m.toVersion()).param("by", m.requestedBy())
                .param("through", m.requestedThrough()).param("at", Timestamp.from(m.requestedAt().toInstant())).param("batch", m.batchId())
                .param("moved", m.instancesMoved()).param("left", m.instancesLeft())
                .param("leftIn", cut(m.leftWaitingIn(), 4000))
                .update();
    }

    /** The latest deployments first, at most 200. */
    public List<DeploymentRecord> deployments() {
        return jdbc.sql("""
                select id, deployment_id, name, source, deployed_by, deployed_at, outcome, files, report
                from model_deployment order by deployed_at desc, id desc fetch first %d rows only""".formatted(PAGE))
                .query((rs, row) -> new DeploymentRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), at(rs.getTimestamp(6)), rs.getString(7), List.of(rs.getString(8).split("\n")),
                        rs.getString(9)))
                .list();
    }

    /** The latest migrations of every process first, at most 200. */
    public List<MigrationRecord> migrations() {
        return jdbc.sql(MIGRATIONS + " order by requested_at desc, id desc fetch first %d rows only".formatted(PAGE))
                .query(ModelAudit::migration).list();
    }

    /** The latest migrations of one process first, at most 200. */
    public List<MigrationRecord> migrations(String processKey) {
        return jdbc.sql(MIGRATIONS + " where process_key = :key order by requested_at desc, id desc fetch first %d rows only"
                .formatted(PAGE))
                .param("key", processKey).query(ModelAudit::migration).list();
    }

    private static MigrationRecord migration(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MigrationRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getInt(6), rs.getString(7), rs.getString(8), at(rs.getTimestamp(9)), rs.getString(10), rs.getInt(11),
                rs.getInt(12), rs.getString(13));
    }

    private static OffsetDateTime at(Timestamp timestamp) {
        return timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
