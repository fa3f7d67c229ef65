package ru.kontingent.platform.federal;

import java.time.LocalDate;

/** An enrollment of the same person in another region: nothing but where and when. */
public record ForeignEnrollment(String region, LocalDate from, LocalDate to) {
}
