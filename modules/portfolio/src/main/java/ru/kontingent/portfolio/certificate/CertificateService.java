package ru.kontingent.portfolio.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import ru.kontingent.platform.audit.AuditAction;
import ru.kontingent.platform.view.NotFoundProblem;
import ru.kontingent.portfolio.access.PortfolioAccess;
import ru.kontingent.portfolio.access.PortfolioSection;
import ru.kontingent.portfolio.access.Recorded;
import ru.kontingent.portfolio.access.ReplaceByKey;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ru.kontingent.portfolio.PortfolioFieldPolicies.CERTIFICATE_VIEW;

/** Certificates: one per (student, kind); PUT creates it or replaces it whole, final grades included. */
@ApplicationScoped
public class CertificateService {

    public static final PortfolioSection SECTION = new PortfolioSection("certificate", CERTIFICATE_VIEW, "certificate");

    private static final String UPSERT = "insert into certificate"
            + " (id, student_id, kind, series, number, issue_date, recorded_by, created_at, updated_at)"
            + " values (:id, :student, :kind, cast(:series as varchar), :number, :issueDate, :recordedBy, :now, :now)"
            + " on conflict on constraint certificate_key do update set series = excluded.series,"
            + " number = excluded.number, issue_date = excluded.issue_date,"
            + " recorded_by = excluded.recorded_by, updated_at = excluded.updated_at"
            + " returning id";

    @PersistenceContext(unitName = "kontingent")
    EntityManager em;

    @Inject
    PortfolioAccess access;

    @Transactional
    public Recorded put(UUID studentId, CertificateInput input) {
        access.requireStudent(studentId);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("student", studentId);
        parameters.put("kind", input.kind().name());
        parameters.put("series", blankToNull(input.series()));
        parameters.put("number", input.number().strip());
        parameters.put("issueDate", input.issueDate());
        parameters.put("recordedBy", access.recorder());
        parameters.put("now", OffsetDateTime.now());
        ReplaceByKey.Outcome stored = ReplaceByKey.run(em, UPSERT, UUID.randomUUID(), parameters);
        Certificate certificate = em.find(Certificate.class, stored.id());
        certificate.replaceFinalGrades(input.finalGrades());
        return access.written(SECTION, certificate, stored.created());
    }

    /** The certificate of this kind, or (no kind) the latest issued; 404 when there is none. */
    @Transactional
    public Map<String, Object> get(UUID studentId, CertificateKind kind) {
        access.requireStudent(studentId);
        Certificate certificate = certificates(studentId, kind).stream().findFirst()
                .orElseThrow(() -> new NotFoundProblem("certificate"));
        access.journal(AuditAction.READ, studentId, SECTION);
        return access.shown(SECTION, certificate);
    }

    /** Every certificate of the student, latest issued first; the caller checks scope and journals. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Certificate> records(UUID studentId) {
        return certificates(studentId, null);
    }

    private List<Certificate> certificates(UUID studentId, CertificateKind kind) {
        String filter = kind == null ? "" : " and c.kind = :kind";
        var query = em.createQuery("select c from Certificate c where c.studentId = :student" + filter
                + " order by c.issueDate desc, c.createdAt desc", Certificate.class).setParameter("student", studentId);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getResultList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
