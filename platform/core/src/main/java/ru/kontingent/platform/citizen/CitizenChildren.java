package ru.kontingent.platform.citizen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.kontingent.platform.federal.FederalIndex;
import ru.kontingent.platform.federal.RepresentedChild;
import ru.kontingent.platform.federal.SnilsDigits;
import ru.kontingent.platform.region.RegionCatalog;
import ru.kontingent.platform.region.RegionCode;
import ru.kontingent.platform.region.RegionSnapshot;
import ru.kontingent.platform.security.Caller;
import ru.kontingent.platform.tenancy.RegionBinding;
import ru.kontingent.platform.view.NotFoundProblem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The parent's children across the federation. The parent's token names its own region; the
 * federal index says which regions keep its children; each child is then read in its own region
 * ({@link ChildRecords}), one transaction per region. A region suspended or gone is skipped: its
 * data is offline for everyone. A token without a usable SNILS has no children.
 */
@ApplicationScoped
public class CitizenChildren {

    @Inject
    Caller caller;

    @Inject
    FederalIndex index;

    @Inject
    RegionCatalog catalog;

    @Inject
    ChildRecords records;

    public List<ChildSummary> list() {
        Optional<String> snils = callerSnils();
        if (snils.isEmpty()) {
            return List.of();
        }
        Map<String, List<UUID>> byRegion = new LinkedHashMap<>();
        for (RepresentedChild child : index.childrenOf(snils.get())) {
            byRegion.computeIfAbsent(child.regionCode(), code -> new ArrayList<>()).add(UUID.fromString(child.studentId()));
        }
        List<ChildSummary> children = new ArrayList<>();
        byRegion.forEach((code, ids) -> activeRegion(code).ifPresent(region ->
                children.addAll(RegionBinding.callIn(region.regionCode(), () -> records.summaries(region, ids, snils.get())))));
        children.sort(Comparator.comparing(ChildSummary::birthDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ChildSummary::id));
        return children;
    }

    public Map<String, Object> card(UUID studentId) {
        return inRegionOf(studentId, (region, snils) -> records.card(region, studentId, snils));
    }

    public AccessLog accessLog(UUID studentId, int page, int size) {
        return inRegionOf(studentId, (region, snils) -> records.accessLog(studentId, snils, page, size));
    }

    private <T> T inRegionOf(UUID studentId, java.util.function.BiFunction<RegionSnapshot, String, T> read) {
        String snils = callerSnils().orElseThrow(() -> new NotFoundProblem("child"));
        RegionSnapshot region = index.childrenOf(snils).stream()
                .filter(child -> child.studentId().equals(studentId.toString()))
                .map(RepresentedChild::regionCode)
                .map(this::activeRegion)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new NotFoundProblem("child"));
        return RegionBinding.callIn(region.regionCode(), () -> read.apply(region, snils));
    }

    private Optional<RegionSnapshot> activeRegion(String code) {
        return RegionCode.parse(code).flatMap(catalog::find).filter(RegionSnapshot::isActive);
    }

    private Optional<String> callerSnils() {
        return caller.snils().flatMap(SnilsDigits::normalize);
    }
}
