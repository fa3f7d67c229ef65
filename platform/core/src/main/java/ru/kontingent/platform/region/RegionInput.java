package ru.kontingent.platform.region;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.kontingent.platform.datasource.DatasourceNames;

/** Body of {@code POST /api/platform/regions}; without {@code datasource} the least-loaded server is chosen. */
public record RegionInput(
        @NotNull(message = "is required")
        @Pattern(regexp = RegionCode.PATTERN, message = "must match " + RegionCode.PATTERN) String code,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @Min(value = Stages.FIRST, message = "must be between 1 and 3")
        @Max(value = Stages.LAST, message = "must be between 1 and 3") Integer stage,
        @Pattern(regexp = DatasourceNames.PATTERN, message = "must match " + DatasourceNames.PATTERN) String datasource) {

    int stageOrFirst() {
        return stage == null ? Stages.FIRST : stage;
    }
}
