package ru.kontingent.registry.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import ru.kontingent.platform.db.ConstraintNames;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code platform.transfer_request} in the catalog unit (no tenant): plain JDBC with bind
 * parameters. Every state change is conditional on the state it leaves, so two decisions cannot
 * both win; {@link #lock} serializes a decision with the sending region's step.
 */
@ApplicationScoped
public class TransferRequestStore {

    private static final String COLUMNS = "id, snils_hash, from_region, from_student_id, from_organization_id, to_region,"
            + " to_organization_id, grade, planned_date, note, state, requested_by, requested_at, decided_by, decided_at,"
            + " decline_reason, exit_date, order_number, to_student_id, completed_at";
    private static final String TABLE = "platform.transfer_request";
    private static final String ONE_OPEN = "transfer_request_one_open";

    @PersistenceContext(unitName = "catalog")
    EntityManager catalog;

    @Transactional
    public void insert(TransferRequest request) {
        try {
            work(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("insert into " + TABLE + " (id, snils_hash,"
                        + " from_region, from_student_id, from_organization_id, to_region, to_organization_id, grade,"
                        + " planned_date, note, state, requested_by, requested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setObject(1, request.id());
                    insert.setString(2, request.snilsHash());
                    insert.setString(3, request.fromRegion());
                    insert.setObject(4, request.fromStudentId());
                    insert.setObject(5, request.fromOrganizationId());
                    insert.setString(6, request.toRegion());
                    insert.setObject(7, request.toOrganizationId());
                    insert.setObject(8, request.grade(), Types.INTEGER);
                    insert.setObject(9, request.plannedDate(), Types.DATE);
                    insert.setString(10, request.note());
                    insert.setString(11, request.state().name());
                    insert.setString(12, request.requestedBy());
                    insert.setObject(13, request.requestedAt());
                    insert.executeUpdate();
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (ConstraintNames.violated(e, ONE_OPEN)) {
                throw new OpenTransferRequestException();
            }
            throw e;
        }
    }

    /** Whether the child (by SNILS hash) has an open request: checked before anything else is looked up. */
    @Transactional
    public boolean hasOpen(String snilsHash) {
        return work(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select 1 from " + TABLE
                    + " where snils_hash = ? and state in ('REQUESTED', 'ACCEPTED')")) {
                query.setString(1, snilsHash);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Transactional
    public Optional<TransferRequest> find(UUID id) {
        return one("select " + COLUMNS + " from " + TABLE + " where id = ?", id);
    }

    /** The row, locked until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TransferRequest> lock(UUID id) {
        return one("select " + COLUMNS + " from " + TABLE + " where id = ? for update", id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markAccepted(UUID id, String by, LocalDate exitDate, String orderNumber) {
        update("update " + TABLE + " set state = 'ACCEPTED', decided_by = ?, decided_at = ?, exit_date = ?, order_number = ?"
                + " where id = ? and state = 'REQUESTED'", by, OffsetDateTime.now(), exitDate, orderNumber, id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markDeclined(UUID id, String by, String reason) {
        update("update " + TABLE + " set state = 'DECLINED', decided_by = ?, decided_at = ?, decline_reason = ?"
                + " where id = ? and state = 'REQUESTED'", by, OffsetDateTime.now(), reason, id);
    }

    @Transactional
    public void markCompleted(UUID id, UUID toStudentId) {
        update("update " + TABLE + " set state = 'COMPLETED', to_student_id = ?, completed_at = ? where id = ? and state = 'ACCEPTED'",
                toStudentId, OffsetDateTime.now(), id);
    }

    /** Accepted requests whose receiving step is still to be done (after a failure or a crash). */
    @Transactional
    public List<TransferRequest> accepted() {
        return list("select " + COLUMNS + " from " + TABLE + " where state = 'ACCEPTED' order by decided_at", List.of());
    }

    /**
     * A page of requests where the region is the sending ({@code incoming}) or receiving side,
     * limited to one organization of that side for a school operator; newest first.
     */
    @Transactional
    public Page page(boolean incoming, String region, UUID organization, int page, int size) {
        List<Object> parameters = new ArrayList<>(List.of(region));
        String side = incoming ? " where from_region = ?" : " where to_region = ?";
        if (organization != null) {
            side += incoming ? " and from_organization_id = ?" : " and to_organization_id = ?";
            parameters.add(organization);
        }
        String where = side;
        long total = work(connection -> {
            try (PreparedStatement count = bind(connection.prepareStatement("select count(*) from " + TABLE + where), parameters)) {
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(size);
        paged.add((long) page * size);
        List<TransferRequest> items = list("select " + COLUMNS + " from " + TABLE + where
                + " order by requested_at desc, id limit ? offset ?", paged);
        return new Page(items, total);
    }

    /** One page of rows and the count of all. */
    public record Page(List<TransferRequest> items, long total) {
    }

    private Optional<TransferRequest> one(String sql, UUID id) {
        return list(sql, List.of(id)).stream().findFirst();
    }

    private List<TransferRequest> list(String sql, List<Object> parameters) {
        return work(connection -> {
            try (PreparedStatement query = bind(connection.prepareStatement(sql), parameters);
                 ResultSet rows = query.executeQuery()) {
                List<TransferRequest> requests = new ArrayList<>();
                while (rows.next()) {
                    requests.add(row(rows));
                }
                return requests;
            }
        });
    }

    private void update(String sql, Object... parameters) {
        work(connection -> {
            try (PreparedStatement update = bind(connection.prepareStatement(sql), List.of(parameters))) {
                return update.executeUpdate();
            }
        });
    }

    private static PreparedStatement bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static TransferRequest row(ResultSet rows) throws SQLException {
        return new TransferRequest(rows.getObject("id", UUID.class), rows.getString("snils_hash"), rows.getString("from_region"),
                rows.getObject("from_student_id", UUID.class), rows.getObject("from_organization_id", UUID.class),
                rows.getString("to_region"), rows.getObject("to_organization_id", UUID.class),
                (Integer) rows.getObject("grade"), rows.getObject("planned_date", LocalDate.class), rows.getString("note"),
                TransferState.valueOf(rows.getString("state")), rows.getString("requested_by"),
                rows.getObject("requested_at", OffsetDateTime.class), rows.getString("decided_by"),
                rows.getObject("decided_at", OffsetDateTime.class), rows.getString("decline_reason"),
                rows.getObject("exit_date", LocalDate.class), rows.getString("order_number"),
                rows.getObject("to_student_id", UUID.class), rows.getObject("completed_at", OffsetDateTime.class));
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        return catalog.unwrap(Session.class).doReturningWork(work);
    }
}
