package org.habittrends;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
}
