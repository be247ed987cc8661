package org.socialplaybook.transfer;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;

/** The import's one transaction around every capability's store (each store's own transactions join it). */
@Named
public class TransferStore {
    private final ActiveObjects ao;

    @Inject
    public TransferStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public <T> T transaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
