package ru.kontingent.registry.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.kontingent.registry.organization.Organization;
import ru.kontingent.registry.student.Student;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A student's enrollment in a program of an organization, by an order of that organization. */
@Entity
@Table(name = "enrollment")
public class Enrollment {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    private Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Program program;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EducationLevel level;

    private Integer grade;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private ExitReason endReason;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** The cross-region transfer request that ended or opened this enrollment, if any. */
    @Column(name = "transfer_request_id")
    private UUID transferRequestId;

    /** Free text beside the exit reason (the region the child moved to). */
    @Column(name = "end_note")
    private String endNote;

    protected Enrollment() {
    }

    Enrollment(Student student, Organization organization, Program program, EducationLevel level, Integer grade,
               LocalDate startDate, String orderNumber) {
        this.id = UUID.randomUUID();
        this.student = student;
        this.organization = organization;
        this.program = program;
        this.level = level;
        this.grade = grade;
        this.startDate = startDate;
        this.orderNumber = orderNumber.strip();
        this.createdAt = OffsetDateTime.now();
    }

    void end(LocalDate date, ExitReason reason) {
        if (endDate != null) {
            throw new EnrollmentAlreadyEndedException(id);
        }
        if (date.isBefore(startDate)) {
            throw new EndBeforeStartException(id);
        }
        this.endDate = date;
        this.endReason = reason;
    }

    /** An exit by a cross-region handover: the reason, its text, and the request that did it. */
    void endByHandover(LocalDate date, String note, UUID requestId) {
        end(date, ExitReason.MOVED_TO_ANOTHER_REGION);
        this.endNote = note;
        this.transferRequestId = requestId;
    }

    /** This enrollment was opened by a cross-region handover. */
    void openedByHandover(UUID requestId) {
        this.transferRequestId = requestId;
    }

    Program program() {
        return program;
    }

    UUID id() {
        return id;
    }

    Student student() {
        return student;
    }

    Organization organization() {
        return organization;
    }

    EducationLevel level() {
        return level;
    }

    Integer grade() {
        return grade;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    ExitReason endReason() {
        return endReason;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    boolean isActive() {
        return endDate == null;
    }

    EnrollmentView view() {
        return new EnrollmentView(id, student.id(), organization.id(), organization.fullName(), organization.municipality(),
                program, level, grade, startDate, orderNumber, endDate, endReason, endNote);
    }
}
