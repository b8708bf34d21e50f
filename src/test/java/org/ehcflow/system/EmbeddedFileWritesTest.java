package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A commit is in the embedded file once its connection is closed, except the job executor's, which may wait for
 * H2's next write. What is "in the file" is read from a copy of the file, opened as a database of its own: what a
 * kill -9 at that moment would leave.
 */
class EmbeddedFileWritesTest {

    @TempDir
    Path folder;
    /** H2 writes nothing by itself for a minute: anything in the file got there by a close. */
    private String url;

    @BeforeEach
    void database() throws SQLException {
        url = "jdbc:h2:file:" + folder.resolve("db") + ";WRITE_DELAY=60000";
        try (Connection holder = DriverManager.getConnection(url, "sa", "");
             Statement statement = holder.createStatement()) {
            statement.execute("create table note(text varchar(100))");
            statement.execute("checkpoint");
        }
    }

    @Test
    void aRequestsCommitIsInTheFileOnceItsConnectionIsClosed() throws Exception {
        try (HikariDataSource pool = pool(); Connection keepsItOpen = pool.getConnection()) {
            DataSource written = EmbeddedFileWrites.writtenWhenClosed(pool, url, true);
            insert(written, "registered");
            assertThat(inACopyOfTheFile()).contains("registered");
        }
    }

    @Test
    void aJobStepsCommitMayWaitAndIsWrittenWithTheNextRequests() throws Exception {
        try (HikariDataSource pool = pool(); Connection keepsItOpen = pool.getConnection()) {
            DataSource written = EmbeddedFileWrites.writtenWhenClosed(pool, url, true);
            EmbeddedFileWrites.writtenLater(() -> insert(written, "job step"));
            assertThat(inACopyOfTheFile()).doesNotContain("job step");

            read(written);
            assertThat(inACopyOfTheFile()).as("a request that only read waits for no write").doesNotContain("job step");

            insert(written, "request");
            assertThat(inACopyOfTheFile()).contains("job step", "request");
        }
    }

    @Test
    void aPoolThatDecidesWhatIsSentWritesEvenAJobStepsCommit() throws Exception {
        try (HikariDataSource pool = pool(); Connection keepsItOpen = pool.getConnection()) {
            DataSource ledger = EmbeddedFileWrites.writtenWhenClosed(pool, url, false);
            EmbeddedFileWrites.writtenLater(() -> insert(ledger, "sending"));
            assertThat(inACopyOfTheFile()).contains("sending");
        }
    }

    @Test
    void onlyAnEmbeddedFilesPoolIsWrapped() {
        try (HikariDataSource pool = new HikariDataSource()) {
            assertThat(EmbeddedFileWrites.writtenWhenClosed(pool, "jdbc:postgresql://127.0.0.1/ehcflow", true)).isSameAs(pool);
            assertThat(EmbeddedFileWrites.writtenWhenClosed(pool, "jdbc:h2:mem:ehcflow", true)).isSameAs(pool);
        }
    }

    @Test
    void closingTheWrappedPoolClosesThePool() throws Exception {
        HikariDataSource pool = pool();
        DataSource written = EmbeddedFileWrites.writtenWhenClosed(pool, url, true);
        ((AutoCloseable) written).close();
        assertThat(pool.isClosed()).isTrue();
    }

    private HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setMaximumPoolSize(3);
        return pool;
    }

    private static void insert(DataSource dataSource, String text) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("insert into note values (?)")) {
            statement.setString(1, text);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void read(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from note")) {
            assertThat(rows.next()).isTrue();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select text from note where text = ?")) {
            statement.setString(1, "job step");
            assertThat(statement.execute()).as("MyBatis runs its queries with execute()").isTrue();
        }
    }

    private List<String> inACopyOfTheFile() throws IOException, SQLException {
        Path copy = Files.createTempDirectory(folder, "copy");
        Files.copy(folder.resolve("db.mv.db"), copy.resolve("db.mv.db"));
        List<String> notes = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("db"), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select text from note")) {
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
        }
        return notes;
    }
}
