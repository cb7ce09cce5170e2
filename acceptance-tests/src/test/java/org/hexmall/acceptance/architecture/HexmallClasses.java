package org.hexmall.acceptance.architecture;

import static org.hexmall.acceptance.architecture.HexmallPackages.HEXMALL;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * hexmall's production classes as the architecture rules see them, imported once for every test class of the JVM
 * that checks them (the first to ask waits for the import, the others share it).
 */
final class HexmallClasses {

    /** Held by each test class that reads {@link #PRODUCTION}, so that one reads them at a time. */
    static final String READING = "reading hexmall's imported classes";

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(HEXMALL);

    private HexmallClasses() {
    }
}
