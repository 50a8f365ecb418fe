package org.habittrends.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.habittrends.domain.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * Files that cannot be imported end in rejected/ under their own name with a reason beside them,
 * never stop the other files, and never lose or overwrite anything a coach dropped; files that are
 * not exports (lock files, system files, folders, links) are left where they are.
 */
class BrokenFilesTest {

  private static final Path GOOD = ExportFixturesTest.FIXTURES.resolve("template-titled.xlsx");

  @TempDir Path dir;
  private Path inbox;

  @BeforeEach
  void setUp() throws IOException {
    for (String part :
        new String[] {"programme.yml", "roster-leaders.csv", "roster-stakeholders.csv"}) {
      Files.copy(ExportFixturesTest.FIXTURES.resolve(part), dir.resolve(part));
    }
    inbox = Files.createDirectories(dir.resolve("inbox"));
  }

  @Test
  void eachBrokenKindIsSetAsideWithAReasonAndTheGoodFileIsImported() throws Exception {
    Files.write(inbox.resolve("empty.xlsx"), new byte[0]);
    Files.write(
        inbox.resolve("truncated.xlsx"), java.util.Arrays.copyOf(Files.readAllBytes(GOOD), 900));
    encrypted(inbox.resolve("protected.xlsx"));
    Files.writeString(
        inbox.resolve("report.xlsx"), "%PDF-1.4\n%âãÏÓ\n1 0 obj\n", StandardCharsets.ISO_8859_1);
    Files.write(
        inbox.resolve("photo.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    withSheet(inbox.resolve("bomb.xlsx"), bombSheet());
    withSheet(inbox.resolve("entities.xlsx"), entitySheet());
    Files.writeString(inbox.resolve("notes.txt"), "Remember to chase the late answers.\n");
    Files.copy(GOOD, inbox.resolve("zz-good.xlsx"));
    runImport();

    Map<String, String> reasons =
        Map.of(
            "empty.xlsx", "the file is empty",
            "truncated.xlsx", "damaged",
            "protected.xlsx", "protected with a password",
            "report.xlsx", "not a survey export but a pdf file",
            "photo.csv", "not a survey export but a png file",
            "bomb.xlsx", "zip bomb",
            "entities.xlsx", "DOCTYPE",
            "notes.txt", "no header row was found");
    reasons.forEach(
        (name, reason) -> {
          assertThat(dir.resolve("rejected").resolve(name)).isRegularFile();
          assertThat(read(dir.resolve("rejected").resolve(name + ".reason.txt"))).contains(reason);
        });
    assertThat(dir.resolve("processed/zz-good.xlsx")).isRegularFile();
    ImportTestDatabase db = database();
    assertThat(db.count("survey_response")).isEqualTo(3);
    assertThat(db.count("imported_file where status = 'REJECTED'")).isEqualTo(reasons.size());
    assertThat(Files.list(inbox).count()).isZero();
  }

  @Test
  void lockFilesSystemFilesFoldersAndLinksAreLeftAlone() throws Exception {
    Files.writeString(inbox.resolve("~$answers.xlsx"), "lock");
    Files.writeString(inbox.resolve(".DS_Store"), "x");
    Files.writeString(inbox.resolve("Thumbs.db"), "x");
    Files.createDirectories(inbox.resolve("old exports"));
    Files.copy(GOOD, inbox.resolve("old exports/wave-0.xlsx"));
    Path outside = Files.copy(GOOD, dir.resolve("outside.xlsx"));
    Files.createSymbolicLink(inbox.resolve("link.xlsx"), outside);
    runImport();
    assertThat(inbox.resolve("~$answers.xlsx")).isRegularFile();
    assertThat(inbox.resolve(".DS_Store")).isRegularFile();
    assertThat(inbox.resolve("Thumbs.db")).isRegularFile();
    assertThat(inbox.resolve("old exports/wave-0.xlsx")).isRegularFile();
    assertThat(Files.isSymbolicLink(inbox.resolve("link.xlsx"))).isTrue();
    assertThat(outside).isRegularFile();
    assertThat(dir.resolve("processed")).isEmptyDirectory();
    assertThat(dir.resolve("rejected")).isEmptyDirectory();
  }

  @Test
  void aRejectedNameAlreadyTakenGetsASuffixAndNothingIsOverwritten() throws Exception {
    Files.createDirectories(dir.resolve("rejected"));
    Files.writeString(dir.resolve("rejected/empty.xlsx"), "an earlier drop");
    Files.write(inbox.resolve("empty.xlsx"), new byte[0]);
    runImport();
    assertThat(read(dir.resolve("rejected/empty.xlsx"))).isEqualTo("an earlier drop");
    assertThat(dir.resolve("rejected/empty (2).xlsx")).isRegularFile();
    assertThat(read(dir.resolve("rejected/empty (2).xlsx.reason.txt"))).contains("empty");
  }

  private void runImport() throws Exception {
    InboxImportTasklet tasklet = database().tasklet(new Workspace(dir));
    StepContribution contribution =
        MetaDataInstanceFactory.createStepExecution("importStep", 1L).createStepContribution();
    while (tasklet.execute(contribution, null) == RepeatStatus.CONTINUABLE) {
      // one file per call
    }
  }

  private ImportTestDatabase db;

  private ImportTestDatabase database() {
    if (db == null) {
      db = new ImportTestDatabase(dir, "broken" + System.nanoTime());
    }
    return db;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The good workbook, encrypted with a password as Excel does it (an OLE2 container). */
  private static void encrypted(Path target) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        Files.copy(GOOD, out);
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        fs.writeFilesystem(out);
      }
    }
  }

  /** The good workbook with its sheet replaced. */
  private static void withSheet(Path target, byte[] sheet) throws IOException {
    try (ZipFile zip = new ZipFile(GOOD.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          out.write(sheet);
        } else {
          try (InputStream in = zip.getInputStream(entry)) {
            in.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
  }

  /** 60 MB of blanks that compress to almost nothing: POI's zip-bomb guard must refuse it. */
  private static byte[] bombSheet() {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>");
    xml.append(" ".repeat(60_000_000));
    return xml.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** An external entity that would read a local file if the parser resolved it. */
  private static byte[] entitySheet() {
    return ("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
            + "</sheetData></worksheet>")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
