// SPDX-License-Identifier: GPL-3.0-or-later
// `segmenta-cli inspect`: the JSON contract of issue 2 and one clear line for bad input.
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/commands.h"

using namespace segmenta::cli;
using nlohmann::json;

namespace {

struct Run {
    int status = -1;
    std::string out, err;
};

Run inspect(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    Run r;
    r.status = runInspect(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::string writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes) {
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write test file");
    f.write(bytes);
    return path.toStdString();
}

const std::string kDemo = SEGMENTA_SOURCE_DIR "/resources/demo/customers.csv";

const json* column(const json& report, const std::string& name) {
    for (const auto& c : report["columns"])
        if (c["name"] == name) return &c;
    return nullptr;
}

} // namespace

class TestCliInspect : public QObject {
    Q_OBJECT
private slots:
    void demoJson() {
        const Run r = inspect({kDemo, "--json", "--preview", "3"});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.empty());
        QCOMPARE(std::count(r.out.begin(), r.out.end(), '\n'), 1L);   // exactly one object, one line
        const json j = json::parse(r.out);
        QCOMPARE(j["rows"].get<int>(), 5000);
        QCOMPARE(j["rows_with_problems"].get<int>(), 0);
        QCOMPARE(j["dialect"]["delimiter"], json(","));
        QCOMPARE(j["dialect"]["encoding"], json("UTF-8"));
        QCOMPARE(j["dialect"]["header"], json(true));
        QCOMPARE(j["dialect"]["decimal"], json("."));
        QCOMPARE(j["columns"].size(), std::size_t(18));
        for (const auto& c : j["columns"]) {
            for (const char* key : {"name", "type", "missing", "distinct", "pii", "flags"}) QVERIFY2(c.contains(key), key);
            QVERIFY(c["pii"].is_null() || c["pii"].is_string());
            QVERIFY(c["flags"].is_array());
        }
        QCOMPARE((*column(j, "email"))["pii"], json("email"));
        QCOMPARE((*column(j, "phone"))["pii"], json("phone"));
        QVERIFY((*column(j, "revenue"))["pii"].is_null());
        QCOMPARE((*column(j, "revenue"))["type"], json("decimal"));
        QCOMPARE((*column(j, "country"))["type"], json("category"));
        QCOMPARE((*column(j, "country"))["distinct"].get<int>(), 12);   // "NA" is Namibia
        const auto& idFlags = (*column(j, "customer_id"))["flags"];
        QVERIFY(std::find(idFlags.begin(), idFlags.end(), json("identifier_like")) != idFlags.end());
        QVERIFY(j["warnings"].is_array() && j["warnings"].empty());
        QCOMPARE(j["preview"].size(), std::size_t(3));
        QCOMPARE(j["preview"][0].size(), std::size_t(18));
        QCOMPARE(j["preview"][0][0], json("C0000001"));
    }

    void previewDefaultsToNone() {
        const Run r = inspect({kDemo, "--json"});
        QCOMPARE(r.status, 0);
        QVERIFY(json::parse(r.out)["preview"].empty());
    }

    void textOutput() {
        const Run r = inspect({kDemo});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.find("Dialect: delimiter ','") != std::string::npos);
        QVERIFY(r.out.find("5000 loaded") != std::string::npos);
        QVERIFY(r.out.find("personal data: email") != std::string::npos);
    }

    // Semicolons, decimal commas, a quoted delimiter, a doubled quote, a ragged row.
    void messyFile() {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "messy.csv",
            "name;amount;card;note\n"
            "Anna;57,8;4111 1111 1111 1111;\"a;b\"\n"
            "Ben;12,5;5555 5555 5555 4444;\"say \"\"hi\"\"\"\n"
            "Cleo;3,25;4012 8888 8888 1881\n"
            "Dan;1,0;378282246310005;ok\n");
        const Run r = inspect({path, "--json", "--preview", "2"});
        QCOMPARE(r.status, 0);
        const json j = json::parse(r.out);
        QCOMPARE(j["dialect"]["delimiter"], json(";"));
        QCOMPARE(j["dialect"]["decimal"], json(","));
        QCOMPARE(j["rows"].get<int>(), 4);
        QCOMPARE(j["rows_with_problems"].get<int>(), 1);
        QCOMPARE(j["warnings"].size(), std::size_t(1));
        QCOMPARE(j["warnings"][0]["line"].get<int>(), 4);
        QCOMPARE((*column(j, "amount"))["type"], json("decimal"));
        QCOMPARE((*column(j, "card"))["pii"], json("card"));
        QCOMPARE(j["preview"][0][3], json("a;b"));           // after unquoting
        QCOMPARE(j["preview"][1][3], json("say \"hi\""));
        QCOMPARE(j["preview"][0][1], json("57,8"));          // before type conversion
    }

    void overrides() {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "plain.csv", "1|2\n3|4\n5|6\n");
        const Run r = inspect({path, "--json", "--delimiter", "pipe", "--no-header", "--encoding", "windows-1252"});
        QCOMPARE(r.status, 0);
        const json j = json::parse(r.out);
        QCOMPARE(j["dialect"]["delimiter"], json("|"));
        QCOMPARE(j["dialect"]["header"], json(false));
        QCOMPARE(j["dialect"]["encoding"], json("Windows-1252"));
        QCOMPARE(j["rows"].get<int>(), 3);
        QCOMPARE(j["columns"].size(), std::size_t(2));
    }

    void badInput_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing file") << 0 << QStringLiteral("nope.csv");
        QTest::newRow("directory") << 1 << QString();
        QTest::newRow("empty file") << 2 << QStringLiteral("empty");
        QTest::newRow("binary file") << 3 << QString();
        QTest::newRow("no file given") << 4 << QStringLiteral("one CSV file");
        QTest::newRow("two files") << 5 << QStringLiteral("one CSV file");
        QTest::newRow("unknown option") << 6 << QStringLiteral("--colour");
        QTest::newRow("bad delimiter") << 7 << QStringLiteral("--delimiter");
        QTest::newRow("bad encoding") << 8 << QStringLiteral("EBCDIC");
        QTest::newRow("bad preview") << 9 << QStringLiteral("--preview");
        QTest::newRow("header only") << 10 << QString();
    }
    void badInput() {
        QFETCH(int, which);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        std::vector<std::string> args;
        switch (which) {
        case 0: args = {dir.filePath(QStringLiteral("nope.csv")).toStdString()}; break;
        case 1: args = {dir.path().toStdString()}; break;
        case 2: args = {writeFile(dir, "empty.csv", QByteArray())}; break;
        case 3: {
            static const char header[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
            QByteArray png(header, sizeof header - 1);   // embedded NULs: the length comes from the array, not strlen
            for (int i = 0; i < 400; ++i) png.append(char((i * 37) & 0xff));
            args = {writeFile(dir, "picture.csv", png)};
            break;
        }
        case 4: args = {}; break;
        case 5: args = {kDemo, kDemo}; break;
        case 6: args = {kDemo, "--colour"}; break;
        case 7: args = {kDemo, "--delimiter", "ab"}; break;
        case 8: args = {kDemo, "--encoding", "EBCDIC"}; break;
        case 9: args = {kDemo, "--preview", "-1"}; break;
        default: args = {writeFile(dir, "header.csv", "a,b,c\n")}; break;
        }
        args.push_back("--json");
        const Run r = inspect(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.out.empty(), r.out.c_str());
        QCOMPARE(std::count(r.err.begin(), r.err.end(), '\n'), 1L);
        QVERIFY(r.err.rfind("segmenta-cli inspect: ", 0) == 0);
        if (!mentions.isEmpty()) QVERIFY2(QString::fromStdString(r.err).contains(mentions, Qt::CaseInsensitive), r.err.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCliInspect)
#include "test_cli_inspect.moc"
