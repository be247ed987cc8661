package org.socialplaybook.sandbox.cluster;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The cluster lock of the scheduler's once-per-cluster jobs, one row per job in {@code SANDBOX_JOB_RUN}: the scheduled
 * time (slot, epoch ms) last claimed, the node that claimed it, and the lease it holds. A node runs a job for a slot
 * only if its conditional UPDATE moves the row to that slot, so each scheduled time runs on exactly one node. The
 * running node renews its lease; a node that dies mid-run stops renewing, and once the lease has expired the next
 * scheduled time is claimed by another node: a dead node blocks the job for one lease at most, not for ever.
 */
public final class JobClaims {
    static final String TABLE = "SANDBOX_JOB_RUN";

    /** Who holds a job's claim, for tests and logs. */
    public record Claim(String jobId, long slot, String nodeId, long leaseUntil, boolean finished) {
    }

    private final SharedDatabase db;

    public JobClaims(SharedDatabase db) {
        this.db = db;
        db.createTableIfMissing(TABLE, "JOB_ID VARCHAR(255) NOT NULL PRIMARY KEY, SLOT BIGINT NOT NULL, "
                + "NODE_ID VARCHAR(255), LEASE_UNTIL BIGINT NOT NULL, FINISHED BOOLEAN NOT NULL");
    }

    /**
     * Claims the run of {@code jobId} scheduled for {@code slot} (epoch ms) for {@code nodeId}: true when this node
     * is to run it; false when a run at most {@code minGap} ms earlier (or a later one) was claimed already, or a
     * run is in progress under a live lease. The gap makes nodes whose timers for an interval job started at
     * different times (each node schedules it at start-up) share one run per interval: a node's run closer than
     * {@code minGap} (half an interval) to the last claimed one is another node's run of the same period.
     */
    public boolean claim(String jobId, long slot, long minGap, String nodeId, long now, long leaseMillis) {
        ensureRow(jobId);
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE " + TABLE
                    + " SET SLOT = ?, NODE_ID = ?, LEASE_UNTIL = ?, FINISHED = ? WHERE JOB_ID = ? AND SLOT <= ?"
                    + " AND (FINISHED = ? OR LEASE_UNTIL < ?)")) {
                s.setLong(1, slot);
                s.setString(2, nodeId);
                s.setLong(3, now + leaseMillis);
                s.setBoolean(4, false);
                s.setString(5, jobId);
                s.setLong(6, slot - Math.max(1, minGap));
                s.setBoolean(7, true);
                s.setLong(8, now);
                return s.executeUpdate() == 1;
            }
        });
    }

    /**
     * Claims a run asked for now (not at a scheduled time): granted unless a run is in progress under a live lease.
     * Returns the slot claimed, or empty.
     */
    public Optional<Long> claimNow(String jobId, String nodeId, long now, long leaseMillis) {
        ensureRow(jobId);
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE " + TABLE
                    + " SET SLOT = CASE WHEN SLOT < ? THEN ? ELSE SLOT + 1 END, NODE_ID = ?, LEASE_UNTIL = ?, FINISHED = ?"
                    + " WHERE JOB_ID = ? AND (FINISHED = ? OR LEASE_UNTIL < ?)")) {
                s.setLong(1, now);
                s.setLong(2, now);
                s.setString(3, nodeId);
                s.setLong(4, now + leaseMillis);
                s.setBoolean(5, false);
                s.setString(6, jobId);
                s.setBoolean(7, true);
                s.setLong(8, now);
                if (s.executeUpdate() != 1) {
                    return Optional.<Long>empty();
                }
            }
            return claim(c, jobId).filter(cl -> nodeId.equals(cl.nodeId())).map(Claim::slot);
        });
    }

    /** Extends the lease of a run this node holds; false when the claim is no longer this node's. */
    public boolean renew(String jobId, long slot, String nodeId, long now, long leaseMillis) {
        return update("UPDATE " + TABLE + " SET LEASE_UNTIL = ? WHERE JOB_ID = ? AND SLOT = ? AND NODE_ID = ? AND FINISHED = ?",
                now + leaseMillis, jobId, slot, nodeId, false);
    }

    /** Marks the run finished, so the next scheduled time may run at once on any node. */
    public void finish(String jobId, long slot, String nodeId) {
        update("UPDATE " + TABLE + " SET FINISHED = ?, LEASE_UNTIL = ? WHERE JOB_ID = ? AND SLOT = ? AND NODE_ID = ?",
                true, 0L, jobId, slot, nodeId);
    }

    public Optional<Claim> claim(String jobId) {
        return db.withConnection(c -> claim(c, jobId));
    }

    private static Optional<Claim> claim(java.sql.Connection c, String jobId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT SLOT, NODE_ID, LEASE_UNTIL, FINISHED FROM " + TABLE + " WHERE JOB_ID = ?")) {
            s.setString(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Claim(jobId, rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4)))
                        : Optional.empty();
            }
        }
    }

    private void ensureRow(String jobId) {
        db.withConnection(c -> {
            if (claim(c, jobId).isPresent()) {
                return null;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + TABLE
                    + " (JOB_ID, SLOT, NODE_ID, LEASE_UNTIL, FINISHED) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, jobId);
                s.setLong(2, Long.MIN_VALUE);
                s.setNull(3, java.sql.Types.VARCHAR);
                s.setLong(4, 0L);
                s.setBoolean(5, true);
                s.executeUpdate();
            } catch (SQLException e) {
                if (!SharedDatabase.isDuplicate(e)) {
                    throw e;
                }
            }
            return null;
        });
    }

    private boolean update(String sql, Object... values) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                return s.executeUpdate() == 1;
            }
        });
    }
}
