package org.habittrends.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.habittrends.domain.Leader;
import org.habittrends.domain.Workspace;
import org.habittrends.ingest.RosterWriter;
import org.habittrends.job.SampleWorkspace;
import org.habittrends.launch.CommandLineLauncher;
import org.habittrends.roster.ProgrammeDefinition;
import org.habittrends.roster.ProgrammeFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code deliver} against a real SMTP server (GreenMail) inside the test. */
class DeliveryCommandTest {

  @RegisterExtension
  static final GreenMailExtension mailServer =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  /** A workspace after one complete run (one PDF per leader); each test works on a copy. */
  private static Path processed;

  private static int leaders;

  @BeforeAll
  static void runThePipelineOnce() throws Exception {
    processed = SampleWorkspace.copy("deliver");
    Outcome run = command("run", "--workspace", processed.toString());
    assertThat(run.code()).as(run.err()).isZero();
    leaders = (int) number(processed, "select count(*) from leader");
    assertThat(leaders).isGreaterThan(3);
  }

  @Test
  void eachLeaderReceivesTheirLatestReportOnceWithThePdfAttached() throws Exception {
    Path workspace = copy(processed, "deliver-once");

    Outcome first = deliver(workspace, mailServer.getSmtp().getPort());

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains(leaders + " reports sent, 0 delivered before, 0 not delivered");
    MimeMessage[] received = mailServer.getReceivedMessages();
    assertThat(received).hasSize(leaders);
    String leader = leaderId(workspace, 1);
    MimeMessage message = messageTo(received, email(workspace, leader));
    assertThat(message.getSubject())
        .isEqualTo(
            "Your stakeholder feedback report: " + text(workspace, "select name from programme"));
    assertThat(message.getFrom()[0].toString()).isEqualTo("coach@example.org");
    Path pdf = report(workspace, leader);
    Part attachment = attachment(message);
    assertThat(attachment.getFileName()).isEqualTo(pdf.getFileName().toString());
    assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(Files.readAllBytes(pdf));

    Outcome again = deliver(workspace, mailServer.getSmtp().getPort());

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 reports sent, " + leaders + " delivered before");
    assertThat(mailServer.getReceivedMessages()).as("nothing sent twice").hasSize(leaders);
  }

  @Test
  void aDryRunWritesTheMessagesIntoOutboxAndSendsNothing() throws Exception {
    Path workspace = copy(processed, "deliver-dry");

    Outcome dry = command("deliver", "--workspace", workspace.toString(), "--dry-run");

    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out()).contains(leaders + " reports written to outbox/ (dry run)");
    try (Stream<Path> eml = Files.list(workspace.resolve("outbox"))) {
      assertThat(eml.filter(p -> p.toString().endsWith(".eml"))).hasSize(leaders);
    }
    assertThat(mailServer.getReceivedMessages()).isEmpty();
    assertThat(deliver(workspace, mailServer.getSmtp().getPort()).code()).isZero();
    assertThat(mailServer.getReceivedMessages()).as("a dry run delivers nothing").hasSize(leaders);
  }

  @Test
  void anUnreachableServerFailsTheRunAndTheRerunSendsOnlyWhatIsMissing() throws Exception {
    Path workspace = copy(processed, "deliver-down");
    assertThat(deliver(workspace, mailServer.getSmtp().getPort()).code()).isZero();
    // one leader's report is rewritten: the new content is due, the others were delivered
    String leader = leaderId(workspace, 2);
    Files.write(
        report(workspace, leader),
        "%% rewritten\n".getBytes(StandardCharsets.US_ASCII),
        StandardOpenOption.APPEND);

    Outcome down = deliver(workspace, portWithNothingListening());

    assertThat(down.code()).isEqualTo(4);
    assertThat(down.err())
        .contains(
            "the mail server did not accept the report for " + leader + " after 3 attempt(s)");
    assertThat(mailServer.getReceivedMessages()).hasSize(leaders);

    Outcome resumed = deliver(workspace, mailServer.getSmtp().getPort());

    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains("1 reports sent, " + (leaders - 1) + " delivered before");
    assertThat(mailServer.getReceivedMessages()).hasSize(leaders + 1);
    String address = email(workspace, leader);
    assertThat(mailServer.getReceivedMessages())
        .as("the rewritten report went to its leader a second time")
        .filteredOn(m -> recipients(m).contains(address))
        .hasSize(2);
    assertThat(
            number(
                workspace,
                "select count(*) from batch_job_instance" + " where job_name = 'deliverJob'"))
        .as("the failed delivery run was resumed, not replaced")
        .isEqualTo(2);
  }

  @Test
  void aBadAddressIsRecordedWithItsReasonAndReportedByItsOwnExitCode() throws Exception {
    Path workspace = copy(processed, "deliver-bad");
    String leader = leaderId(workspace, 3);
    giveLeaderAnAddress(workspace, leader, "someone at example dot com");

    Outcome partly = deliver(workspace, mailServer.getSmtp().getPort());

    assertThat(partly.code()).isEqualTo(7);
    assertThat(partly.out())
        .contains((leaders - 1) + " reports sent, 0 delivered before, 1 not delivered");
    assertThat(partly.err()).contains("1 report(s) could not be delivered");
    assertThat(mailServer.getReceivedMessages()).hasSize(leaders - 1);
    assertThat(
            text(
                workspace,
                "select status || ': ' || detail from delivery_log where leader_id = '"
                    + leader
                    + "'"))
        .startsWith("FAILED: cannot address the message");
  }

  @Test
  void theCoachGetsAnImportSummaryWhenAskedFor() throws Exception {
    Path workspace = SampleWorkspace.copy("coach-summary");
    int files = workspace.resolve("inbox").toFile().list().length;

    Outcome run =
        command(
            "import",
            "--workspace",
            workspace.toString(),
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + mailServer.getSmtp().getPort(),
            "--habit-trends.mail.coach-summary=true",
            "--habit-trends.mail.coach=coach@example.org");

    assertThat(run.code()).as(run.err()).isZero();
    MimeMessage summary = messageTo(mailServer.getReceivedMessages(), "coach@example.org");
    assertThat(summary.getSubject())
        .contains(text(workspace, "select name from programme"))
        .contains("COMPLETED");
    String importStep = "from batch_step_execution where step_name = 'importStep'";
    assertThat(summary.getContent().toString())
        .contains("Files taken from inbox/: " + files)
        .contains("Rows imported: " + number(workspace, "select write_count " + importStep))
        .contains(
            "Rows rejected: "
                + number(workspace, "select process_skip_count + filter_count " + importStep));
    try (Stream<Path> rejected = Files.list(workspace.resolve("rejected"))) {
      List<String> reports =
          rejected
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".rejects.csv") || n.endsWith(".reason.txt"))
              .toList();
      assertThat(reports).as("sample-data holds rows that must be rejected").isNotEmpty();
      assertThat(summary.getContent().toString()).contains(reports);
    }
    assertThat(mailServer.getReceivedMessages()).as("nothing else sent").hasSize(1);
  }

  /** The n-th leader of the roster, by id. */
  private static String leaderId(Path workspace, int n) throws Exception {
    return text(
        workspace, "select leader_id from leader order by leader_id limit 1 offset " + (n - 1));
  }

  private static String email(Path workspace, String leaderId) throws Exception {
    return text(workspace, "select email from leader where leader_id = '" + leaderId + "'");
  }

  private static Path report(Path workspace, String leaderId) throws IOException {
    try (Stream<Path> pdfs = Files.list(workspace.resolve("reports"))) {
      return pdfs.filter(p -> p.getFileName().toString().startsWith(leaderId + "-"))
          .filter(p -> p.toString().endsWith(".pdf"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no report for " + leaderId));
    }
  }

  private static Outcome deliver(Path workspace, int port) {
    return command(
        "deliver",
        "--workspace",
        workspace.toString(),
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + port,
        "--habit-trends.mail.from=coach@example.org",
        "--habit-trends.mail.retry-pause=10ms");
  }

  private static MimeMessage messageTo(MimeMessage[] messages, String address) {
    return Arrays.stream(messages)
        .filter(m -> recipients(m).contains(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no message to " + address));
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Part attachment(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
        return parts.getBodyPart(i);
      }
    }
    throw new AssertionError("no attachment");
  }

  private static void giveLeaderAnAddress(Path workspace, String leaderId, String email)
      throws IOException {
    ProgrammeDefinition definition = ProgrammeFiles.load(new Workspace(workspace));
    List<Leader> leaders = new ArrayList<>();
    for (Leader leader : definition.leaders()) {
      leaders.add(
          leader.id().equals(leaderId)
              ? new Leader(leader.id(), leader.name(), email, leader.coach(), leader.goals())
              : leader);
    }
    RosterWriter.write(workspace.resolve("roster.xlsx"), leaders, definition.stakeholders());
  }

  private static int portWithNothingListening() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Path copy(Path from, String name) throws IOException {
    Path to = Files.createTempDirectory(from.getParent(), name + "-");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return to;
  }

  private record Outcome(int code, String out, String err) {}

  private static Outcome command(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CommandLineLauncher.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static long number(Path workspace, String sql) throws Exception {
    return Long.parseLong(text(workspace, sql));
  }

  private static String text(Path workspace, String sql) throws Exception {
    String url =
        "jdbc:h2:file:"
            + workspace.resolve(".habit-trends/db")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        ResultSet result = connection.createStatement().executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }
}
