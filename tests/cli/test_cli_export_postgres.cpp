// SPDX-License-Identifier: GPL-3.0-or-later
// The exported SQL on a real PostgreSQL server, started by the test (initdb into
// a temporary folder, a Unix socket only, no TCP) and stopped after: on 100,000
// rows it gives every row the segment `segmenta-cli score` gives it. A machine
// without PostgreSQL (Debian package postgresql) skips with a message.
#include <QtTest>

#include <pwd.h>
#include <unistd.h>

#include "tests/cli/export_fixture.h"

using namespace exportfixture;

namespace {

// The newest /usr/lib/postgresql/<version>/bin holding initdb, or "".
QString postgresBin() {
    QDir root("/usr/lib/postgresql");
    auto versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) { return a.toDouble() < b.toDouble(); });
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        const QString bin = root.filePath(*it + "/bin");
        if (QFileInfo::exists(bin + "/initdb")) return bin;
    }
    return {};
}

// A throw-away server: PostgreSQL refuses to run as root, so then its programs
// run as the system user "postgres" (runuser).
class Server {
public:
    QString error;

    bool start(const QString& bin, const QString& folder) {
        bin_ = bin;
        folder_ = folder;
        asRoot_ = ::geteuid() == 0;
        if (asRoot_) {
            const passwd* pw = ::getpwnam("postgres");
            if (!pw) { error = "running as root and there is no user 'postgres' to run the server"; return false; }
            if (::chown(folder.toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) != 0) { error = "chown failed"; return false; }
        }
        if (!run("initdb", {"-D", data(), "-U", "segmenta", "--auth=trust", "-E", "UTF8", "--no-locale"})) return false;
        const QString options = "-c listen_addresses='' -c unix_socket_directories='" + folder_ +
                                "' -c fsync=off -c full_page_writes=off -c synchronous_commit=off";
        started_ = run("pg_ctl", {"-D", data(), "-l", folder_ + "/server.log", "-w", "-t", "60", "-o", options, "start"});
        return started_;
    }

    void stop() {
        if (started_) run("pg_ctl", {"-D", data(), "-m", "fast", "-w", "stop"});
        started_ = false;
    }

    // psql on the socket; stdout of the script (fields separated by NUL).
    bool psql(const QString& scriptFile, QByteArray& output) {
        return run("psql", {"-X", "-q", "-A", "-t", "-z", "-v", "ON_ERROR_STOP=1", "-h", folder_, "-U", "segmenta", "-d",
                            "postgres", "-f", scriptFile},
                   &output);
    }

private:
    QString data() const { return folder_ + "/data"; }

    bool run(const QString& program, const QStringList& args, QByteArray* output = nullptr) {
        QProcess p;
        p.setWorkingDirectory(folder_);
        if (asRoot_) p.start("runuser", QStringList{"-u", "postgres", "--", bin_ + "/" + program} + args);
        else p.start(bin_ + "/" + program, args);
        if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            error = program + " failed: " + QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
            return false;
        }
        if (output) *output = p.readAllStandardOutput();
        return true;
    }

    QString bin_, folder_;
    bool asRoot_ = false, started_ = false;
};

void writeText(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary);
    f << text;
}

} // namespace

class TestCliExportPostgres : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    Fixture fx;
    Server server;

private slots:
    void initTestCase() {
        const QString bin = postgresBin();
        if (bin.isEmpty())
            QSKIP("PostgreSQL is not installed (Debian package postgresql): the exported SQL was NOT checked on a "
                  "PostgreSQL server");
        QVERIFY(dir.isValid());
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        QVERIFY(fx.setUp(dir.path()));
        QVERIFY(fx.cases().missing > 5000 && fx.cases().unseen > 1000 && fx.cases().belowLog1p > 100);
        QVERIFY2(server.start(bin, dir.path()), qPrintable(server.error));
        // the scored file, loaded as typed columns (empty CSV cells are NULL)
        const std::string load = fx.path("load.sql");
        writeText(load, "CREATE TABLE customers (customer_id text, revenue double precision, orders integer, "
                        "last_order date, channel text, region text, newsletter boolean, satisfaction double precision);\n"
                        "\\copy customers FROM '" + fx.scorePath() + "' WITH (FORMAT csv, HEADER true)\n");
        QByteArray ignored;
        QVERIFY2(server.psql(QString::fromStdString(load), ignored), qPrintable(server.error));
    }

    void cleanupTestCase() { server.stop(); }

    void sqlInPostgresAgreesWithScore_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("k-means") << "kmeans" << "kmeans";
        QTest::newRow("gaussian mixture, full") << "gmm" << "gmm";
    }
    void sqlInPostgresAgreesWithScore() {
        QFETCH(QString, model);
        QFETCH(QString, algorithm);
        const std::string name = model.toStdString(), sql = fx.path(name + ".sql");
        auto r = fx.saveModel(name, algorithm.toStdString());
        QVERIFY2(r.code == 0, r.err.c_str());
        r = fx.exportModel(name, {"--format", "sql", "--dialect", "postgres", "--id", "customer_id"}, sql);
        QVERIFY2(r.code == 0, r.err.c_str());
        std::string error;
        const auto scored = fx.score(name, error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(scored.size(), Fixture::kScoredRows);

        QByteArray output;
        QVERIFY2(server.psql(QString::fromStdString(sql), output), qPrintable(server.error));
        std::map<std::string, Assigned> got;
        for (const QByteArray& line : output.split('\n')) {
            const auto fields = line.split('\0');
            if (fields.size() != 3) continue;
            got[fields[0].toStdString()] = {fields[1].toInt(), fields[2].toStdString()};
        }
        const auto names = fx.segmentNames(name);
        QCOMPARE(names.size(), std::size_t(5));
        const std::string diff = compare(scored, got, names);
        QVERIFY2(diff.empty(), diff.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCliExportPostgres)
#include "test_cli_export_postgres.moc"
