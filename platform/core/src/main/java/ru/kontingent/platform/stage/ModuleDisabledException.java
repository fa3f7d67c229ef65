package ru.kontingent.platform.stage;

import ru.kontingent.platform.problem.AccessDeniedException;

/** 403 {@code module-disabled}: the region's rollout stage has not reached the module's stage. */
public class ModuleDisabledException extends AccessDeniedException {

    public ModuleDisabledException(String moduleId, int moduleStage, int regionStage) {
        super("module-disabled", "Module disabled",
                "Module '" + moduleId + "' needs rollout stage " + moduleStage + "; the region is at stage " + regionStage + ".");
    }
}
