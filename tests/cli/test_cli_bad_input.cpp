// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input never passes silently: rows lost to a stray quote refuse every
// command (unless --accept-loss), cells that do not fit their type are counted
// and exported as the file had them, huge numbers keep their moments, every
// option value is checked, and every message on stderr is one line.
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/commands.h"
#include "app/cli/messages.h"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct Run {
    int code;
    std::string out, err;
};

Run cli(std::vector<std::string> args) {
    args.insert(args.begin(), "segmenta-cli");
    std::ostringstream out, err;
    const int code = segmenta::cli::runCli(args, out, err);
    return {code, out.str(), err.str()};
}

const std::string kDemo = SEGMENTA_SOURCE_DIR "/resources/demo/";
const std::string kData = SEGMENTA_TEST_DATA "/csv/";

// Every line of stderr is one whole message of the CLI.
bool linesAreMessages(const std::string& err) {
    if (err.empty() || err.back() != '\n') return false;
    std::istringstream in(err);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("segmenta-cli", 0) != 0) return false;
    return true;
}

std::size_t lineCount(const std::string& s) { return std::size_t(std::count(s.begin(), s.end(), '\n')); }

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// The demo's 2,500-row month with one stray quote opening the country of the
// sixth customer: the rest of the file reads as one cell.
std::string strayQuoteMonth(const std::string& dir) {
    std::string text = readFile(kDemo + "customers_2026-01.csv");
    std::size_t at = 0;
    for (int line = 0; line < 6; ++line) at = text.find('\n', at) + 1;   // the header and five rows
    for (int field = 0; field < 4; ++field) at = text.find(',', at) + 1;  // to "country"
    text.insert(at, "\"");
    const std::string path = dir + "/stray_quote_month.csv";
    writeFile(path, text);
    return path;
}

} // namespace

class TestCliBadInput : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    std::string path(const char* name) { return dir.path().toStdString() + "/" + name; }

private slots:
    // Before: record said "Recorded … (5 rows …): ok" and segment, metrics and
    // drift ran on the rows before the quote, exit 0.
    void strayQuoteIsRefusedByEveryCommand() {
        const std::string month = strayQuoteMonth(dir.path().toStdString());
        const std::string db = path("stray.sqlite");
        QCOMPARE(cli({"segment", kDemo + "customers.csv", "--features", "revenue,orders_12m", "--k", "3", "--db", db,
                      "--dataset", "Shop", "--save-model", "M"})
                     .code,
                 0);
        const std::vector<std::vector<std::string>> commands = {
            {"inspect", month},
            {"segment", month, "--features", "revenue,orders_12m", "--k", "3"},
            {"metrics", month, "--label", "churned", "--score", "churn_score"},
            {"drift", kDemo + "customers.csv", month},
            {"record", month, "--db", db, "--dataset", "Shop"},
            {"score", month, "--db", db, "--model", "M"},
        };
        for (const auto& args : commands) {
            const auto r = cli(args);
            const QByteArray what = QByteArray::fromStdString(args[0] + ": " + r.err);
            QVERIFY2(r.code == 2, what.constData());
            QVERIFY2(linesAreMessages(r.err), what.constData());
            QVERIFY2(has(r.err, "--accept-loss") && has(r.err, "of 2500 rows"), what.constData());
            QVERIFY2(has(r.err, "warning: ") && has(r.err, "quote"), what.constData());   // the warning itself
            QVERIFY2(r.out.empty(), what.constData());
        }
        // Nothing was recorded: the history holds the training snapshot only.
        const auto h = cli({"history", "--db", db, "--dataset", "Shop", "--json"});
        QCOMPARE(h.code, 0);
        QCOMPARE(json::parse(h.out)["snapshots"].size(), std::size_t(1));
    }

    void acceptLossGoesOnAndSaysSo() {
        const std::string month = strayQuoteMonth(dir.path().toStdString());
        const auto r = cli({"record", month, "--db", path("accept.sqlite"), "--dataset", "Shop", "--accept-loss", "--json"});
        QCOMPARE(r.code, 0);
        QVERIFY2(linesAreMessages(r.err) && has(r.err, "going on with the"), r.err.c_str());
        const json j = json::parse(r.out);
        const auto rows = j["snapshots"][0]["rows"].get<std::int64_t>();
        QCOMPARE(j["import"]["rows_lost"].get<std::int64_t>() + rows, std::int64_t(2500));
    }

    // A loss under the limit (1 %) is said, not refused; --max-loss 0 refuses it.
    void smallLossWarnsUnderTheLimit() {
        std::string text = "id,amount,city\n";
        for (int i = 1; i <= 300; ++i) text += std::to_string(i) + "," + std::to_string(i * 3) + ",Berlin\n";
        // Row 150's city opens a quote the next line closes: row 151 is merged into it.
        const auto at = text.find("\n150,450,") + 9;
        text.insert(at, "\"");
        text.insert(text.find('\n', text.find("\n151,", at) + 1), "\"x");
        writeFile(path("small_loss.csv"), text);
        auto r = cli({"inspect", path("small_loss.csv"), "--json"});
        QCOMPARE(r.code, 0);
        QVERIFY2(linesAreMessages(r.err) && has(r.err, "1 of 300 rows"), r.err.c_str());
        QCOMPARE(json::parse(r.out)["rows_lost"].get<int>(), 1);
        r = cli({"inspect", path("small_loss.csv"), "--max-loss", "0"});
        QCOMPARE(r.code, 2);
        QVERIFY2(has(r.err, "more than the 0.0 % allowed"), r.err.c_str());
    }

    // Before: "12 kg" in a number column became an empty cell in --out, exit 0, nothing said.
    void misfitCellsAreCountedAndExportedAsTheyWere() {
        std::string text = "id,weight,height\n";
        for (int i = 1; i <= 80; ++i)
            text += std::to_string(i) + "," + (i == 7 ? std::string("12 kg") : std::to_string(50 + i % 30)) + "," +
                    std::to_string(150 + (i * 7) % 40) + "\n";
        writeFile(path("misfit.csv"), text);
        const std::string out = path("misfit_segments.csv");
        const auto r = cli({"segment", path("misfit.csv"), "--features", "weight,height", "--k", "2", "--out", out, "--json"});
        QCOMPARE(r.code, 0);
        QVERIFY2(linesAreMessages(r.err) && lineCount(r.err) == 1, r.err.c_str());
        QVERIFY2(has(r.err, "column \"weight\": 1 value does not fit") && has(r.err, "12 kg"), r.err.c_str());
        const json j = json::parse(r.out);
        QCOMPARE(j["import"]["invalid_values"].size(), std::size_t(1));
        QCOMPARE(j["import"]["invalid_values"][0]["column"].get<std::string>(), std::string("weight"));
        QCOMPARE(j["import"]["invalid_values"][0]["count"].get<int>(), 1);
        const std::string written = readFile(out);
        QVERIFY2(has(written, "\n7,12 kg,"), written.substr(0, 400).c_str());
    }

    // Before: std 0 in inspect for values from about 1e155, and segment gave
    // NaN silhouette and inertia with an empty segment, exit 0. The reference
    // is Python's statistics module, exact on these values.
    void hugeNumbersKeepTheirMoments() {
        std::ifstream in(SEGMENTA_SOURCE_DIR "/tests/fixtures/bad_input/huge_values.json");
        const json ref = json::parse(in);
        const auto r = cli({"inspect", kData + "huge_values.csv", "--json"});
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out);
        int checked = 0;
        for (const auto& c : j["columns"]) {
            const std::string name = c["name"];
            if (!ref.contains(name)) continue;
            for (const char* key : {"mean", "std", "min", "max"}) {
                const double want = ref[name][key].get<double>();
                QVERIFY2(c[key].is_number(), (name + " " + key).c_str());
                QVERIFY2(std::abs(c[key].get<double>() - want) <= 1e-12 * std::abs(want), (name + " " + key).c_str());
            }
            ++checked;
        }
        QCOMPARE(checked, 3);
    }

    void hugeNumbersSegmentOrAreRefusedByName() {
        auto r = cli({"segment", kData + "huge_values.csv", "--features", "mass,visits", "--k", "3", "--json", "--seed", "3"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const json j = json::parse(r.out);
        QVERIFY(j["silhouette"].is_number() && j["inertia"].is_number());
        for (const auto& s : j["segments"]) QVERIFY(s["size"].get<int>() > 0);
        // Unscaled, values of 1e300 cannot be squared: refused, naming the column.
        r = cli({"segment", kData + "huge_values.csv", "--features", "energy,visits", "--scale", "none", "--log1p", "none", "--k", "2"});
        QCOMPARE(r.code, 2);
        QVERIFY2(lineCount(r.err) == 1 && has(r.err, "'energy'") && has(r.err, "too large"), r.err.c_str());
        QVERIFY(r.out.empty());
    }

    void everyOptionValueIsChecked_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString demo = QString::fromStdString(kDemo + "customers_2026-01.csv");
        const QString ref = QString::fromStdString(kDemo + "customers.csv");
        const QString db = QString::fromStdString(path("options.sqlite"));
        auto row = [](const char* name, QStringList args, const char* named) {
            QTest::newRow(name) << args << QString::fromLatin1(named);
        };
        row("log1p unknown column", {"segment", demo, "--log1p", "nosuchcol"}, "--log1p");
        row("log1p category", {"segment", demo, "--features", "country,revenue", "--log1p", "country"}, "--log1p");
        row("log1p not a feature", {"segment", demo, "--features", "revenue", "--log1p", "orders_12m"}, "--log1p");
        row("log1p empty list", {"segment", demo, "--log1p", ","}, "--log1p");
        row("k zero", {"segment", demo, "--k", "0"}, "--k");
        row("algorithm", {"segment", demo, "--algorithm", "dbscan"}, "--algorithm");
        row("empty out", {"segment", demo, "--out", ""}, "--out");
        row("drift p-value 2", {"drift", ref, demo, "--p-value", "2"}, "--p-value");
        row("drift js above 1", {"drift", ref, demo, "--js", "1.5"}, "--js");
        row("drift share negative", {"drift", ref, demo, "--drift-share", "-0.1"}, "--drift-share");
        row("drift missing-change", {"drift", ref, demo, "--missing-change", "3"}, "--missing-change");
        row("drift psi-bins", {"drift", ref, demo, "--psi-bins", "1"}, "--psi-bins");
        row("drift empty columns", {"drift", ref, demo, "--columns", ","}, "--columns");
        row("drift unknown column", {"drift", ref, demo, "--columns", "nosuchcol"}, "nosuchcol");
        row("metrics threshold", {"metrics", demo, "--label", "churned", "--threshold", "1.5"}, "--threshold");
        row("metrics unknown label", {"metrics", demo, "--label", "nosuchcol"}, "nosuchcol");
        row("metrics edges falling", {"metrics", demo, "--label", "churned", "--slice", "age", "--edges", "50,30"}, "--edges");
        row("metrics edges and quantiles",
            {"metrics", demo, "--label", "churned", "--slice", "age", "--edges", "30", "--quantiles", "4"}, "--edges");
        row("metrics quantiles without slice", {"metrics", demo, "--label", "churned", "--quantiles", "4"}, "--quantiles");
        row("metrics flag-metric", {"metrics", demo, "--label", "churned", "--flag-metric", "speed"}, "--flag-metric");
        row("max-loss above 100", {"inspect", demo, "--max-loss", "150"}, "--max-loss");
        row("inspect delimiter", {"inspect", demo, "--delimiter", "ab"}, "--delimiter");
        row("record as-of", {"record", demo, "--db", db, "--dataset", "X", "--as-of", "March"}, "March");
        row("record empty dataset", {"record", demo, "--db", db, "--dataset", ""}, "--dataset");
        row("history reference", {"history", "--db", db, "--dataset", "X", "--reference", "last"}, "--reference");
        row("demo rows", {"demo", "--out", QString::fromStdString(path("demo")), "--rows", "0"}, "--rows");
    }
    void everyOptionValueIsChecked() {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        std::vector<std::string> a;
        for (const auto& s : args) a.push_back(s.toStdString());
        const auto r = cli(a);
        QVERIFY2(r.code == 2, r.err.c_str());
        QVERIFY2(lineCount(r.err) == 1 && linesAreMessages(r.err), r.err.c_str());
        QVERIFY2(has(r.err, named.toStdString()), r.err.c_str());
        QVERIFY(r.out.empty());
    }

    void messagesAreEscapedAndShortened() {
        using segmenta::cli::oneLine;
        QCOMPARE(oneLine("a\nb\r\nc\td\x01"), std::string("a\\nb\\r\\nc\\td\\x01"));
        const std::string longText = std::string(1000, 'x') + " do this";
        const std::string shortened = oneLine(longText);
        QVERIFY(has(shortened, "\xE2\x80\xA6"));
        QVERIFY(shortened.size() < 320);
        QVERIFY(shortened.size() > 290);
        QVERIFY(shortened.rfind(" do this") == shortened.size() - 8);   // what to do survives
        // Characters are never cut in half.
        const std::string umlauts = oneLine(std::string(200, 'a') + std::string(400, '\0') + "\xC3\xBC" + std::string(100, 'b'));
        QVERIFY(!has(umlauts, std::string(1, '\0')));
        QCOMPARE(oneLine("Zoë"), std::string("Zoë"));
    }

    // Before: metrics quoted a cell with a line break verbatim, splitting the message.
    void cellWithLineBreakStaysOnOneLine() {
        std::string text = "label,score\n";
        for (int i = 0; i < 40; ++i) text += std::string(i % 3 == 0 ? "\"yes\nno\"" : i % 3 == 1 ? "maybe" : "x") + ",0.5\n";
        writeFile(path("newline_cells.csv"), text);
        const auto r = cli({"metrics", path("newline_cells.csv"), "--label", "label", "--score", "score"});
        QCOMPARE(r.code, 2);
        QVERIFY2(lineCount(r.err) == 1 && linesAreMessages(r.err), r.err.c_str());
    }

    // Before: the damaged-history message carried quick_check's detail over several lines.
    void damagedHistoryIsOneLine() {
        const std::string bad = path("damaged.sqlite");
        const std::string good = path("good.sqlite");
        QCOMPARE(cli({"record", kDemo + "customers_2026-01.csv", "--db", good, "--dataset", "Shop"}).code, 0);
        std::string bytes = readFile(good);
        // Scribble over the middle pages, keeping the header: quick_check reports many problems.
        for (std::size_t i = bytes.size() / 3; i < bytes.size() * 2 / 3; i += 7) bytes[i] = char(i * 31);
        writeFile(bad, bytes);
        const auto r = cli({"history", "--db", bad, "--dataset", "Shop"});
        QCOMPARE(r.code, 2);
        QVERIFY2(lineCount(r.err) == 1 && linesAreMessages(r.err), r.err.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "test_cli_bad_input.moc"
