// SPDX-License-Identifier: GPL-3.0-or-later
// Mutation fuzzing of every command (ctest label "slow"): at least 500 CSV
// files made by damaging the files under tests/data and the demo (bytes
// flipped, quotes and delimiters inserted, lines dropped or repeated, huge
// numbers, formulas, invalid UTF-8, endless cells …), deterministically from
// one seed with the project's own generator, each run through every command of
// the segmenta-cli binary with a time limit. Every run must end with exit 0
// or 2 — no crash, no hang, no internal error — and every line it writes to
// stderr must be one message of the CLI.
//
// SEGMENTA_FUZZ_FILES (default 500) and SEGMENTA_FUZZ_SEED (default 19) change
// the run; inputs that fail are kept in <temp>/segmenta_fuzz_failures.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/common/random.h"

namespace fs = std::filesystem;

namespace {

constexpr int kRunSeconds = 60;   // per command; a run this long counts as a hang

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

// The first `rows` lines after the header (keeps each run of the demo short).
std::string firstRows(const std::string& text, std::size_t rows) {
    std::size_t at = 0;
    for (std::size_t i = 0; i <= rows; ++i) {
        at = text.find('\n', at);
        if (at == std::string::npos) return text;
        ++at;
    }
    return text.substr(0, at);
}

struct Base {
    std::string name, bytes;
    std::string label, score, slice;   // metrics options that fit the file
};

std::string headerField(const std::string& text, bool last) {
    const std::string header = text.substr(0, text.find('\n'));
    const auto cut = last ? header.rfind(',') : header.find(',');
    std::string field = cut == std::string::npos ? header : last ? header.substr(cut + 1) : header.substr(0, cut);
    while (!field.empty() && (field.back() == '\r' || field.back() == ' ')) field.pop_back();
    return field.empty() ? "label" : field;
}

std::vector<Base> baseFiles() {
    std::vector<Base> out;
    const fs::path data = SEGMENTA_TEST_DATA;
    std::vector<fs::path> paths;
    for (const auto& e : fs::recursive_directory_iterator(data))
        if (e.is_regular_file() && e.path().extension() == ".csv") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());   // directory order differs between machines
    for (const auto& p : paths) {
        const std::string bytes = readFile(p);
        out.push_back({p.filename().string(), bytes, headerField(bytes, true), "", headerField(bytes, false)});
    }
    const fs::path demo = fs::path(SEGMENTA_SOURCE_DIR) / "resources" / "demo";
    for (const char* name : {"customers.csv", "customers_2026-01.csv", "customers_2026-06.csv"})
        out.push_back({name, firstRows(readFile(demo / name), 300), "churned", "churn_score", "country"});
    return out;
}

const std::vector<std::string> kTokens = {
    "\"", "\"\"", ",", ";", "\t", "|", "\n", "\r", "\r\n", std::string(1, '\0'), "\xff\xfe", "\xc3", "\xef\xbb\xbf",
    "1e308", "-1e308", "1e155", "-3e200", "NaN", "inf", "-0", "12 kg", "=1+1", " =1+1", "\xef\xbc\x9d" "1+1", "@SUM(A1)",
    "2026-02-30", "31/12/1999", "0x1F", "1,234.5", "9007199254740993", "NA", "-", "yes", "no",
    std::string(5000, 'x'), std::string(300, ','), std::string(200, '"'), "\"a\nb\"", "a\"b",
};

// One random change to the bytes.
void mutate(std::string& s, segmenta::Random& rng) {
    const auto pos = [&](std::size_t extra = 1) { return std::size_t(rng.below(s.size() + extra)); };
    const auto lineStarts = [&] {
        std::vector<std::size_t> starts{0};
        for (std::size_t i = 0; i + 1 < s.size(); ++i)
            if (s[i] == '\n') starts.push_back(i + 1);
        return starts;
    };
    switch (rng.below(10)) {
    case 0:   // flip a byte
        if (!s.empty()) s[pos(0)] = char(rng.below(256));
        break;
    case 1:   // insert a token
    case 2: s.insert(pos(), kTokens[rng.below(kTokens.size())]); break;
    case 3: {   // replace a cell (the text between two delimiters or line ends) by a token
        if (s.empty()) break;
        const std::size_t at = pos(0);
        const std::size_t from = s.find_last_of(",;\t\n", at) == std::string::npos ? 0 : s.find_last_of(",;\t\n", at) + 1;
        const std::size_t to = std::min(s.find_first_of(",;\t\r\n", at), s.size());
        if (from <= to) s.replace(from, to - from, kTokens[rng.below(kTokens.size())]);
        break;
    }
    case 4: {   // delete a few bytes
        if (s.empty()) break;
        const std::size_t at = pos(0);
        s.erase(at, std::size_t(rng.below(20)) + 1);
        break;
    }
    case 5: {   // repeat a line
        const auto starts = lineStarts();
        const std::size_t a = starts[rng.below(starts.size())];
        const std::size_t b = std::min(s.find('\n', a) == std::string::npos ? s.size() : s.find('\n', a) + 1, s.size());
        s.insert(b, s.substr(a, b - a));
        break;
    }
    case 6: {   // drop a line
        const auto starts = lineStarts();
        const std::size_t a = starts[rng.below(starts.size())];
        const std::size_t b = s.find('\n', a);
        s.erase(a, b == std::string::npos ? std::string::npos : b - a + 1);
        break;
    }
    case 7:   // cut the file short
        s.resize(pos());
        break;
    case 8: {   // swap the header with another line
        const auto starts = lineStarts();
        if (starts.size() < 2) break;
        const std::size_t a = starts[1 + rng.below(starts.size() - 1)];
        const std::size_t e = s.find('\n', a);
        const std::string line = s.substr(a, e == std::string::npos ? std::string::npos : e - a);
        const std::size_t headerEnd = s.find('\n');
        s.replace(0, headerEnd == std::string::npos ? s.size() : headerEnd, line);
        break;
    }
    default: {   // a number column's value made extreme
        static const char* extremes[] = {"1e308", "1.7976931348623157e308", "-1e300", "1e-320", "4e155", "99999999999999999999"};
        const std::size_t at = pos(0);
        const std::size_t digit = s.find_first_of("0123456789", at);
        if (digit != std::string::npos) s.replace(digit, 1, extremes[rng.below(6)]);
        break;
    }
    }
}

struct Outcome {
    bool finished = false;
    int code = -1;
    bool crashed = false;
    std::string err;
};

// The segmenta-cli of this build (tests/ and app/ are siblings in the build
// folder), or SEGMENTA_CLI when set.
QString cliBinary() {
    const QString set = qEnvironmentVariable("SEGMENTA_CLI");
    return set.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../app/segmenta-cli") : set;
}

Outcome runCli(const QStringList& args) {
    QProcess p;
    p.setProgram(cliBinary());
    p.setArguments(args);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start();
    Outcome o;
    if (!p.waitForStarted(10000)) return o;
    o.finished = p.waitForFinished(kRunSeconds * 1000);
    if (!o.finished) {
        p.kill();
        p.waitForFinished(5000);
        return o;
    }
    o.crashed = p.exitStatus() == QProcess::CrashExit;
    o.code = p.exitCode();
    o.err = p.readAllStandardError().toStdString();
    return o;
}

// Each line a message of the CLI ("segmenta-cli …"), and a refusal says why.
bool stderrIsMessages(const Outcome& o) {
    if (o.code == 2 && o.err.empty()) return false;
    if (!o.err.empty() && o.err.back() != '\n') return false;
    std::istringstream in(o.err);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("segmenta-cli", 0) != 0) return false;
    return true;
}

int envInt(const char* name, int fallback) {
    const QByteArray v = qgetenv(name);
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok && n > 0 ? n : fallback;
}

} // namespace

// What the runs of one batch found.
struct Tally {
    int runs = 0, refusals = 0, crashes = 0, hangs = 0, badExits = 0, badMessages = 0;
    QStringList problems;
    void add(const Tally& t) {
        runs += t.runs, refusals += t.refusals, crashes += t.crashes, hangs += t.hangs, badExits += t.badExits,
            badMessages += t.badMessages;
        problems += t.problems;
    }
};

class TestCliMutationFuzz : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    std::vector<Base> bases;
    struct Mutated { std::size_t base; std::string bytes; };
    std::vector<Mutated> mutated;
    static constexpr int kBatch = 50;     // files per test row (each row has its own time limit)
    static constexpr int kWorkers = 2;    // commands run on two files at a time
    Tally total;

    QString at(const std::string& name) const { return dir.filePath(QString::fromStdString(name)); }
    QString workDb(int worker) const { return at("work_" + std::to_string(worker) + ".sqlite"); }

    // Every command on mutated file i; worker w has a history of its own.
    Tally runFile(int i, int worker) const {
        Tally t;
        const Base& base = bases[mutated[std::size_t(i)].base];
        const std::string& bytes = mutated[std::size_t(i)].bytes;
        const std::string w = std::to_string(worker);
        const QString file = at("mutated_" + std::to_string(i) + ".csv"), db = workDb(worker);
        writeFile(file.toStdString(), bytes);
        const QString label = QString::fromStdString(base.label), slice = QString::fromStdString(base.slice);
        static const char* algorithms[] = {"kmeans", "gmm", "gmm-diag", "minibatch"};
        std::vector<QStringList> commands = {
            {QStringLiteral("inspect"), file, QStringLiteral("--json")},
            {QStringLiteral("segment"), file, QStringLiteral("--k"), i % 3 ? QStringLiteral("2") : QStringLiteral("auto"),
             QStringLiteral("--k-max"), QStringLiteral("4"), QStringLiteral("--algorithm"),
             QString::fromLatin1(algorithms[i % 4]), QStringLiteral("--out"), at("segments_" + w + ".csv"),
             QStringLiteral("--json")},
            {QStringLiteral("metrics"), file, QStringLiteral("--label"), label, QStringLiteral("--slice"), slice},
            {QStringLiteral("drift"), at("train.csv"), file, QStringLiteral("--json")},
            {QStringLiteral("record"), file, QStringLiteral("--db"), db, QStringLiteral("--dataset"), QStringLiteral("fuzz")},
            {QStringLiteral("score"), file, QStringLiteral("--db"), db, QStringLiteral("--model"), QStringLiteral("M"),
             QStringLiteral("--out"), at("scored_" + w + ".csv")},
        };
        if (!base.score.empty()) commands[2] << QStringLiteral("--score") << QString::fromStdString(base.score);
        if (i % 2 == 1)
            for (auto& c : commands) c << QStringLiteral("--accept-loss");
        if (i % 10 == 9)
            commands.push_back({QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--dataset"),
                                QStringLiteral("fuzz")});
        for (const auto& args : commands) {
            const Outcome o = runCli(args);
            ++t.runs;
            const bool hang = !o.finished, crash = o.finished && o.crashed;
            const bool badExit = o.finished && !o.crashed && o.code != 0 && o.code != 2;
            const bool badMessage = o.finished && !o.crashed && !stderrIsMessages(o);
            t.refusals += o.code == 2;
            t.hangs += hang;
            t.crashes += crash;
            t.badExits += badExit;
            t.badMessages += badMessage;
            if (hang || crash || badExit || badMessage) {
                const fs::path failures = fs::temp_directory_path() / "segmenta_fuzz_failures";
                fs::create_directories(failures);
                const fs::path kept = failures / ("mutated_" + std::to_string(i) + ".csv");
                writeFile(kept, bytes);
                t.problems << QStringLiteral("%1 on %2 (from %3): %4 — %5")
                                  .arg(args.join(QLatin1Char(' ')), QString::fromStdString(kept.string()),
                                       QString::fromStdString(base.name),
                                       hang ? QStringLiteral("hang") : crash ? QStringLiteral("crash")
                                                                              : QStringLiteral("exit %1").arg(o.code),
                                       QString::fromStdString(o.err.substr(0, 300)));
            }
        }
        QFile::remove(file);
        return t;
    }

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo(cliBinary()).isExecutable(), qPrintable(cliBinary() + QStringLiteral(" is not built")));
        bases = baseFiles();
        QVERIFY(bases.size() >= 30);
        const int files = envInt("SEGMENTA_FUZZ_FILES", 500);
        segmenta::Random rng(std::uint64_t(envInt("SEGMENTA_FUZZ_SEED", 19)));
        for (int i = 0; i < files; ++i) {
            Mutated m{std::size_t(i) % bases.size(), bases[std::size_t(i) % bases.size()].bytes};
            for (int k = 0, n = 1 + int(rng.below(4)); k < n; ++k) mutate(m.bytes, rng);
            mutated.push_back(std::move(m));
        }
        // A history with a model to score against; each worker starts every
        // batch from a fresh copy, so that `history` stays quick.
        writeFile(at("train.csv").toStdString(), bases[bases.size() - 3].bytes);
        const auto trained = runCli({QStringLiteral("segment"), at("train.csv"), QStringLiteral("--features"),
                                     QStringLiteral("revenue,orders_12m,country"), QStringLiteral("--k"), QStringLiteral("3"),
                                     QStringLiteral("--db"), at("pristine.sqlite"), QStringLiteral("--dataset"),
                                     QStringLiteral("fuzz"), QStringLiteral("--save-model"), QStringLiteral("M")});
        QVERIFY2(trained.finished && trained.code == 0, trained.err.c_str());
    }

    void batch_data() {
        QTest::addColumn<int>("first");
        const int files = int(mutated.size());
        for (int first = 0; first < files; first += kBatch)
            QTest::newRow(qPrintable(QStringLiteral("files %1-%2").arg(first).arg(std::min(files, first + kBatch) - 1)))
                << first;
    }
    // No crash, no hang, exit 0 or 2, stderr only whole messages.
    void batch() {
        QFETCH(int, first);
        const int last = std::min(int(mutated.size()), first + kBatch);
        for (int w = 0; w < kWorkers; ++w) {
            QFile::remove(workDb(w));
            QVERIFY(QFile::copy(at("pristine.sqlite"), workDb(w)));
        }
        std::vector<Tally> tallies(kWorkers);
        std::vector<std::thread> workers;
        for (int w = 0; w < kWorkers; ++w)
            workers.emplace_back([&, w] {
                for (int i = first + w; i < last; i += kWorkers) tallies[std::size_t(w)].add(runFile(i, w));
            });
        for (auto& t : workers) t.join();
        Tally t;
        for (const auto& part : tallies) t.add(part);
        total.add(t);
        for (const auto& line : t.problems) qWarning("%s", qPrintable(line));
        QVERIFY(t.runs >= (last - first) * 6);
        QCOMPARE(t.crashes, 0);
        QCOMPARE(t.hangs, 0);
        QCOMPARE(t.badExits, 0);
        QCOMPARE(t.badMessages, 0);
    }

    void cleanupTestCase() {
        qInfo("%d files, %d runs, %d refused (exit 2); crashes %d, hangs %d, other exits %d, malformed stderr %d",
              int(mutated.size()), total.runs, total.refusals, total.crashes, total.hangs, total.badExits,
              total.badMessages);
        if (int(mutated.size()) >= 500) QVERIFY(total.refusals > 0);   // the mutations did reach the refusals
    }
};

QTEST_GUILESS_MAIN(TestCliMutationFuzz)
#include "test_cli_mutation_fuzz.moc"
