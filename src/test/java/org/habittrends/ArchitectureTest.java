package org.habittrends;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.habittrends.ingest.read.UnreadableFileException;

/** The package boundaries of DESIGN.md §6, checked on every build. */
@AnalyzeClasses(packages = "org.habittrends", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Parsing lives in ingest; report.workbook only writes the trends workbook. */
  @ArchTest
  static final ArchRule poiAndCsvOnlyInIngest =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.habittrends.ingest..", "org.habittrends.report.workbook..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.poi..", "org.apache.commons.csv..", "com.github.pjfanning..");

  @ArchTest
  static final ArchRule pdfAndChartsOnlyInReportPdf =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.habittrends.report.pdf..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.lowagie..", "org.jfree..");

  @ArchTest
  static final ArchRule domainIsPlainJava =
      noClasses()
          .that()
          .resideInAPackage("org.habittrends.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "java.sql..",
              "org.apache..",
              "com.lowagie..",
              "org.jfree..");

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("org.habittrends.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyLaunchStartsTheApplication =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.habittrends.launch..", "org.habittrends")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.habittrends.launch..");

  @ArchTest
  static final ArchRule statisticsAreFreeOfSpringAndIo =
      classes()
          .that()
          .haveSimpleNameEndingWith("Statistics")
          .and()
          .resideInAPackage("org.habittrends.analysis..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.habittrends.domain..",
              "org.habittrends.analysis..",
              "org.apache.commons.statistics..",
              "java.lang..",
              "java.util..");

  // ---- ingest's rooms (issue 15): a file goes read -> layout -> rows -> store; the ingest package
  // itself runs the step. Each room may use only the rooms before it in the column "may use".

  @ArchTest
  static final ArchRule ingestRoomsUseOnlyEarlierRooms =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("step")
          .definedBy("org.habittrends.ingest")
          .layer("read")
          .definedBy("org.habittrends.ingest.read..")
          .layer("layout")
          .definedBy("org.habittrends.ingest.layout..")
          .layer("rows")
          .definedBy("org.habittrends.ingest.rows..")
          .layer("store")
          .definedBy("org.habittrends.ingest.store..")
          .whereLayer("step")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("store")
          .mayOnlyBeAccessedByLayers("step")
          .whereLayer("rows")
          .mayOnlyBeAccessedByLayers("store", "step")
          .whereLayer("layout")
          .mayOnlyBeAccessedByLayers("rows", "step")
          .whereLayer("read")
          .mayOnlyBeAccessedByLayers("layout", "store", "step");

  /** The rest of the code base sees the import through the ingest package only. */
  @ArchTest
  static final ArchRule ingestRoomsAreInsideTheImport =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.habittrends.ingest..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.habittrends.ingest.read..",
              "org.habittrends.ingest.layout..",
              "org.habittrends.ingest.rows..",
              "org.habittrends.ingest.store..");

  @ArchTest
  static final ArchRule readingKnowsNoDatabase =
      noClasses()
          .that()
          .resideInAPackage("org.habittrends.ingest.read..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..", "java.sql..", "javax.sql..", "org.postgresql..", "org.h2..");

  @ArchTest
  static final ArchRule storeKnowsNoSpreadsheets =
      noClasses()
          .that()
          .resideInAPackage("org.habittrends.ingest.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.poi..", "org.apache.commons.csv..", "com.github.pjfanning..");

  /** Recognising a layout and judging rows is plain Java on text: no Spring, no files, no SQL. */
  @ArchTest
  static final ArchRule layoutAndRowsArePlainJava =
      classes()
          .that()
          .resideInAnyPackage("org.habittrends.ingest.layout..", "org.habittrends.ingest.rows..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(
                      "org.habittrends.domain..",
                      "org.habittrends.ingest.layout..",
                      "org.habittrends.ingest.rows..",
                      "java.lang..",
                      "java.util..",
                      "java.text..",
                      "java.time..")
                  // a header that is not there makes the file unreadable
                  .or(equivalentTo(UnreadableFileException.class)));
}
