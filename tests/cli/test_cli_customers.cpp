// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta-cli customers end to end: the JSON shape, the --out columns, the
// pandas and published references, and bad input.
#include <QtTest>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/commands.h"

using namespace segmenta::cli;
using nlohmann::json;

namespace {

const std::string kData = std::string(SEGMENTA_TEST_DATA) + "/orders/";
const std::string kFixtures = std::string(SEGMENTA_SOURCE_DIR) + "/tests/fixtures/orders/";

int run(const std::vector<std::string>& args, std::string& out, std::string& err) {
    std::ostringstream o, e;
    const int code = runCustomers(args, o, e);
    out = o.str();
    err = e.str();
    return code;
}

std::string tempPath(const char* name) { return QDir::temp().filePath(QString::fromLatin1(name)).toStdString(); }

std::vector<std::string> readLines(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

void writeFile(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

bool exists(const std::string& path) { return std::ifstream(path).good(); }

} // namespace

class TestCliCustomers : public QObject {
    Q_OBJECT
private slots:
    void shopifyJsonShape() {
        std::string out, err;
        QCOMPARE(run({kData + "shopify_orders.csv", "--json"}, out, err), kExitOk);
        const json j = json::parse(out);
        const json& s = j["source"];
        QCOMPARE(s["platform"].get<std::string>(), std::string("shopify_orders"));
        QCOMPARE(s["rows"].get<int>(), 11);
        QCOMPARE(s["orders"].get<int>(), 4);
        QCOMPARE(s["customers"].get<int>(), 2);
        QCOMPARE(s["left_out"]["cancelled"].get<int>(), 1);
        QCOMPARE(s["left_out"]["no_customer"].get<int>(), 1);
        QCOMPARE(s["columns"]["customer"].get<std::string>(), std::string("Email"));
        QCOMPARE(s["columns"]["date"].get<std::string>(), std::string("Created at"));
        QCOMPARE(j["as_of"].get<std::string>(), std::string("2024-03-02"));
        QCOMPARE(j["rfm"]["rule"].get<std::string>(), std::string("rfm"));
        QCOMPARE(j["rfm"]["cuts"]["recency"].size(), std::size_t(4));
        QCOMPARE(j["rfm"]["segments"].size(), std::size_t(11));
        for (const char* key : {"name", "customers", "orders", "revenue", "share_customers", "share_revenue"})
            QVERIFY(j["rfm"]["segments"][0].contains(key));
        QVERIFY(j.contains("clv"));
        QVERIFY(j["cohorts"].is_array());
        QCOMPARE(j["cohorts"][0]["cohort"].get<std::string>(), std::string("2024-01"));
    }

    void outColumnsAndPandasReference() {
        const std::string path = tempPath("segmenta_cli_customers_out.csv");
        std::remove(path.c_str());
        std::string out, err;
        QCOMPARE(run({kFixtures + "rfm_orders.csv", "--json", "--out", path, "--horizon", "180"}, out, err), kExitOk);
        const json j = json::parse(out);
        std::ifstream refIn(kFixtures + "rfm_reference.json");
        const json ref = json::parse(refIn);
        QCOMPARE(j["source"]["platform"].get<std::string>(), std::string("generic"));
        QCOMPARE(j["source"]["customers"].get<int>(), ref["customers"].get<int>());
        for (std::size_t s = 0; s < ref["rfm"]["segments"].size(); ++s)
            QCOMPARE(j["rfm"]["segments"][s]["customers"].get<int>(), ref["rfm"]["segments"][s]["customers"].get<int>());
        for (std::size_t k = 0; k < 4; ++k)
            QVERIFY(std::abs(j["rfm"]["cuts"]["monetary"][k].get<double>() -
                             ref["rfm"]["cuts"]["monetary"][k].get<double>()) < 1e-9);
        QCOMPARE(j["clv"]["horizon_days"].get<double>(), 180.0);
        QVERIFY(j["clv"]["bg_nbd"]["r"].get<double>() > 0);
        const auto lines = readLines(path);
        QCOMPARE(lines.size(), std::size_t(401));
        QCOMPARE(lines[0], std::string("customer,first_order,last_order,orders,repeat_orders,recency_days,tenure_days,"
                                       "monetary,average_value,r_score,f_score,m_score,rfm_segment,p_alive,"
                                       "expected_orders,expected_value"));
        QVERIFY(lines[1].rfind(ref["keys"][0].get<std::string>() + ",", 0) == 0);
        std::remove(path.c_str());
    }

    void rankRule() {
        std::string out, err;
        QCOMPARE(run({kFixtures + "rfm_orders.csv", "--json", "--rule", "rank", "--holdout", "0"}, out, err), kExitOk);
        const json j = json::parse(out);
        std::ifstream refIn(kFixtures + "rfm_reference.json");
        const json ref = json::parse(refIn);
        QCOMPARE(j["rfm"]["rule"].get<std::string>(), std::string("rank"));
        for (std::size_t s = 0; s < ref["rank"]["segments"].size(); ++s)
            QCOMPARE(j["rfm"]["segments"][s]["customers"].get<int>(), ref["rank"]["segments"][s]["customers"].get<int>());
        QVERIFY(j["clv"]["holdout"].is_null());
    }

    void summaryReproducesCdnow() {
        std::string out, err;
        QCOMPARE(run({kData + "cdnow_summary_monetary.csv", "--summary", "x,t_x,T,zbar", "--json"}, out, err), kExitOk);
        const json j = json::parse(out);
        QVERIFY(j["rfm"].is_null());
        QVERIFY(j["cohorts"].is_null());
        QVERIFY(std::abs(j["clv"]["bg_nbd"]["r"].get<double>() - 0.2426) < 1e-3 * 0.2426);
        QVERIFY(std::abs(j["clv"]["gamma_gamma"]["p"].get<double>() - 6.25) < 1e-3 * 6.25);
    }

    void memberListIsShownAsMembers() {
        std::string out, err;
        QCOMPARE(run({kData + "patreon_members.csv", "--json"}, out, err), kExitOk);
        const json j = json::parse(out);
        QCOMPARE(j["source"]["kind"].get<std::string>(), std::string("members"));
        QCOMPARE(j["source"]["members"].get<int>(), 2);
        QVERIFY(j["rfm"].is_null());
        QVERIFY(j["clv"].is_null());
    }

    void badInputExitsTwoAndWritesNothing_data() {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        const QString good = QStringLiteral("email,date,amount\na@x.com,2024-01-01,10\nb@x.com,2024-01-02,12\n");
        QTest::newRow("amount not a number") << QStringLiteral("email,date,amount\na@x.com,2024-01-01,10\nb@x.com,2024-01-02,ten\n")
                                             << QStringList() << QStringLiteral("'amount', row 2");
        QTest::newRow("date not a date") << QStringLiteral("email,date,amount\na@x.com,2024-01-01,10\nb@x.com,someday,12\n")
                                         << QStringList() << QStringLiteral("'date', row 2");
        QTest::newRow("no date column") << QStringLiteral("email,amount\na@x.com,10\n") << QStringList()
                                        << QStringLiteral("order date");
        QTest::newRow("no amount column") << QStringLiteral("email,date\na@x.com,2024-01-01\n") << QStringList()
                                          << QStringLiteral("amount");
        QTest::newRow("unknown column") << good << QStringList{QStringLiteral("--customer"), QStringLiteral("client")}
                                        << QStringLiteral("unknown column 'client'");
        QTest::newRow("email as amount") << good << QStringList{QStringLiteral("--amount"), QStringLiteral("email")}
                                         << QStringLiteral("'email', row 1");
        QTest::newRow("bad rule") << good << QStringList{QStringLiteral("--rule"), QStringLiteral("abc")}
                                  << QStringLiteral("--rule");
        QTest::newRow("empty file") << QString() << QStringList() << QString();
    }
    void badInputExitsTwoAndWritesNothing() {
        QFETCH(QString, csv);
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        const std::string input = tempPath("segmenta_cli_customers_bad.csv");
        const std::string output = tempPath("segmenta_cli_customers_bad_out.csv");
        writeFile(input, csv.toStdString());
        std::remove(output.c_str());
        std::vector<std::string> args{input, "--json", "--out", output};
        for (const auto& o : options) args.push_back(o.toStdString());
        std::string out, err;
        QCOMPARE(run(args, out, err), kExitBadInput);
        QVERIFY(out.empty());
        QCOMPARE(std::count(err.begin(), err.end(), '\n'), std::ptrdiff_t(1));
        QVERIFY2(err.find(expected.toStdString()) != std::string::npos, err.c_str());
        QVERIFY(!exists(output));
        std::remove(input.c_str());
    }

    void outIsSpreadsheetSafe() {
        const std::string input = tempPath("segmenta_cli_customers_formula.csv");
        const std::string output = tempPath("segmenta_cli_customers_formula_out.csv");
        writeFile(input, "customer,date,amount\n=HYPERLINK(\"x\"),2024-01-01,10\n=HYPERLINK(\"x\"),2024-02-01,5\n"
                         "plain,2024-01-03,2\n");
        std::string out, err;
        QCOMPARE(run({input, "--out", output}, out, err), kExitOk);
        const auto lines = readLines(output);
        QCOMPARE(lines.size(), std::size_t(3));
        QVERIFY2(lines[1].rfind("\"'=HYPERLINK(\"\"x\"\")\"", 0) == 0, lines[1].c_str());
        QVERIFY(lines[2].rfind("plain,2024-01-03,", 0) == 0);
        std::remove(input.c_str());
        std::remove(output.c_str());
    }
};

QTEST_APPLESS_MAIN(TestCliCustomers)
#include "test_cli_customers.moc"
