package ru.kontingent.platform.tenancy;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/** Worker threads are pooled: a region bound for one request must not survive into the next. */
@WebListener
public class RegionBindingCleanup implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        RegionBinding.clear();
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        RegionBinding.clear();
    }
}
