// SPDX-License-Identifier: GPL-3.0-or-later
// The one judgement of personal data (core/quality/personal_data.h): single
// values (IP addresses, street addresses, names, data inside text), whole
// columns of the crafted file tests/data/privacy/personal.csv, quiet columns
// that must stay ordinary, every file under tests/data/csv and resources/demo,
// and what follows from it: default features and the feature refusal.
#include <QtTest>

#include <filesystem>

#include "core/io/csv_reader.h"
#include "core/prep/feature_prep.h"
#include "core/quality/personal_data.h"

using namespace segmenta;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(segmenta::PiiKind)
Q_DECLARE_METATYPE(segmenta::NameLikeness)

namespace {

std::string utf8(const QString& s) { return s.toUtf8().toStdString(); }

// Compared by name: QTest would take core's toString(PiiKind) for its own (and free it).
QString name(PiiKind k) { return k == PiiKind::None ? QStringLiteral("none") : QString::fromLatin1(toString(k)); }

Table load(const std::string& path) {
    auto r = readCsvFile(path);
    if (!r) qFatal("cannot read %s: %s", path.c_str(), r.error().message.c_str());
    return std::move(r->table);
}

const std::string kPrivacy = SEGMENTA_SOURCE_DIR "/tests/data/privacy/";

} // namespace

class TestPersonalData : public QObject {
    Q_OBJECT

private slots:
    void ipAddresses_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ip");
        QTest::newRow("v4") << QStringLiteral("192.168.1.20") << true;
        QTest::newRow("v4 zeros") << QStringLiteral("10.0.0.7") << true;
        QTest::newRow("v4 too big") << QStringLiteral("256.1.1.1") << false;
        QTest::newRow("v4 three parts") << QStringLiteral("1.2.3") << false;
        QTest::newRow("v4 five parts") << QStringLiteral("1.2.3.4.5") << false;
        QTest::newRow("decimal") << QStringLiteral("12.5") << false;
        QTest::newRow("v6 full") << QStringLiteral("2001:0db8:85a3:0000:0000:8a2e:0370:7334") << true;
        QTest::newRow("v6 gap") << QStringLiteral("2001:db8::1") << true;
        QTest::newRow("v6 loopback") << QStringLiteral("::1") << true;
        QTest::newRow("v6 mapped v4") << QStringLiteral("::ffff:192.0.2.128") << true;
        QTest::newRow("v6 two gaps") << QStringLiteral("1::2::3") << false;
        QTest::newRow("time") << QStringLiteral("12:30:45") << false;
        QTest::newRow("mac address") << QStringLiteral("aa:bb:cc:dd:ee:ff") << false;
        QTest::newRow("ratio") << QStringLiteral("3:2") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void ipAddresses() {
        QFETCH(QString, value);
        QFETCH(bool, ip);
        QCOMPARE(looksLikeIpAddress(utf8(value)), ip);
    }

    void streetAddresses_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("address");
        QTest::newRow("german") << QStringLiteral("Hauptstraße 12") << true;
        QTest::newRow("german abbreviated") << QStringLiteral("Bahnhofstr. 9") << true;
        QTest::newRow("german allee with letter") << QStringLiteral("Lindenallee 23a") << true;
        QTest::newRow("english") << QStringLiteral("12 Main Street") << true;
        QTest::newRow("english abbreviated") << QStringLiteral("221B Baker St") << true;
        QTest::newRow("italian") << QStringLiteral("Via Roma 10") << true;
        QTest::newRow("french") << QStringLiteral("5 rue de la Paix") << true;
        QTest::newRow("spanish") << QStringLiteral("Calle Mayor 3") << true;
        QTest::newRow("dutch") << QStringLiteral("Kerkstraat 4") << true;
        QTest::newRow("swedish") << QStringLiteral("Storgatan 7") << true;
        QTest::newRow("portuguese") << QStringLiteral("Avenida da Liberdade 101") << true;
        QTest::newRow("polish") << QStringLiteral("Ulica Długa 8") << true;
        QTest::newRow("in a sentence") << QStringLiteral("delivery to Hauptstraße 12 failed") << true;
        QTest::newRow("shipped via") << QStringLiteral("Order 5 shipped via DHL") << false;
        QTest::newRow("street food") << QStringLiteral("Street food book was fun") << false;
        QTest::newRow("at main street") << QStringLiteral("Bought 3 items at Main Street store") << false;
        QTest::newRow("spring") << QStringLiteral("Spring 2024") << false;
        QTest::newRow("city") << QStringLiteral("Berlin") << false;
        QTest::newRow("product") << QStringLiteral("Coffee Mug 2") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void streetAddresses() {
        QFETCH(QString, value);
        QFETCH(bool, address);
        QCOMPARE(containsStreetAddress(utf8(value)), address);
    }

    void names_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<NameLikeness>("likeness");
        QTest::newRow("full name") << QStringLiteral("Anna Schmidt") << NameLikeness::Known;
        QTest::newRow("surname first") << QStringLiteral("Schmidt, Anna") << NameLikeness::Known;
        QTest::newRow("title") << QStringLiteral("Dr. Helga Müller") << NameLikeness::Known;
        QTest::newRow("accented given name") << QStringLiteral("Lucía García") << NameLikeness::Known;
        QTest::newRow("capital umlaut") << QStringLiteral("Özil Öztürk") << NameLikeness::Known;
        QTest::newRow("double name") << QStringLiteral("Anna-Lena Krause") << NameLikeness::Known;
        QTest::newRow("apostrophe") << QStringLiteral("O'Brien") << NameLikeness::Known;
        QTest::newRow("initial") << QStringLiteral("J. Miller") << NameLikeness::Known;
        QTest::newRow("first name") << QStringLiteral("Olivia") << NameLikeness::Known;
        QTest::newRow("city") << QStringLiteral("Berlin") << NameLikeness::Shape;
        QTest::newRow("product") << QStringLiteral("Coffee Mug") << NameLikeness::Shape;
        QTest::newRow("colour") << QStringLiteral("White") << NameLikeness::Shape;
        QTest::newRow("state") << QStringLiteral("Virginia") << NameLikeness::Shape;
        QTest::newRow("lower case") << QStringLiteral("chevrolet chevelle malibu") << NameLikeness::None;
        QTest::newRow("digits") << QStringLiteral("Anna 2") << NameLikeness::None;
        QTest::newRow("sentence") << QStringLiteral("Arrived after three days, well packed, thanks") << NameLikeness::None;
        QTest::newRow("empty") << QString() << NameLikeness::None;
    }
    void names() {
        QFETCH(QString, value);
        QFETCH(NameLikeness, likeness);
        QCOMPARE(int(nameLikeness(utf8(value))), int(likeness));
    }

    void insideText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PiiKind>("kind");
        QTest::newRow("e-mail") << QStringLiteral("wrote from anna@example.org about a refund") << PiiKind::Email;
        QTest::newRow("e-mail in brackets") << QStringLiteral("contact (bo@example.net).") << PiiKind::Email;
        QTest::newRow("phone") << QStringLiteral("call back on +49 30 98765432 after 5pm") << PiiKind::Phone;
        QTest::newRow("card") << QStringLiteral("paid with 4111 1111 1111 1111 twice") << PiiKind::Card;
        QTest::newRow("ipv4") << QStringLiteral("login from 203.0.113.45, blocked") << PiiKind::IpAddress;
        QTest::newRow("ipv6") << QStringLiteral("login from 2001:db8::1") << PiiKind::IpAddress;
        QTest::newRow("address") << QStringLiteral("deliver to 12 Main Street please") << PiiKind::StreetAddress;
        QTest::newRow("name") << QStringLiteral("asked for Anna Schmidt at the desk") << PiiKind::PersonName;
        QTest::newRow("order number") << QStringLiteral("Order 12345678901 arrived late") << PiiKind::None;
        QTest::newRow("date range") << QStringLiteral("open 2024-01-01 - 2024-02-01") << PiiKind::None;
        QTest::newRow("price") << QStringLiteral("paid 1.234.567,89 EUR") << PiiKind::None;
        QTest::newRow("plain") << QStringLiteral("Great mug, 5 stars") << PiiKind::None;
        QTest::newRow("given name alone") << QStringLiteral("thanks to Anna for the help") << PiiKind::None;
        QTest::newRow("empty") << QString() << PiiKind::None;
    }
    void insideText() {
        QFETCH(QString, text);
        QFETCH(PiiKind, kind);
        QCOMPARE(name(findPiiInText(utf8(text))), name(kind));
    }

    // Values decide even where the header says nothing ("contact", "customer", "origin").
    void craftedColumns_data() {
        QTest::addColumn<QString>("column");
        QTest::addColumn<PiiKind>("kind");
        QTest::addColumn<bool>("byHeader");
        QTest::newRow("contact") << QStringLiteral("contact") << PiiKind::Email << false;
        QTest::newRow("customer") << QStringLiteral("customer") << PiiKind::PersonName << false;
        QTest::newRow("first_name") << QStringLiteral("first_name") << PiiKind::PersonName << false;
        QTest::newRow("last_name") << QStringLiteral("last_name") << PiiKind::PersonName << false;
        QTest::newRow("delivery") << QStringLiteral("delivery") << PiiKind::StreetAddress << false;
        QTest::newRow("origin") << QStringLiteral("origin") << PiiKind::IpAddress << false;
        QTest::newRow("reachable") << QStringLiteral("reachable") << PiiKind::Phone << false;
        QTest::newRow("payment") << QStringLiteral("payment") << PiiKind::Card << false;
        QTest::newRow("notes") << QStringLiteral("notes") << PiiKind::FreeText << false;
        for (const char* quiet : {"customer_id", "city", "country", "product", "orders", "revenue", "order_date"})
            QTest::newRow(quiet) << QString::fromLatin1(quiet) << PiiKind::None << false;
    }
    void craftedColumns() {
        QFETCH(QString, column);
        QFETCH(PiiKind, kind);
        QFETCH(bool, byHeader);
        static const Table table = load(kPrivacy + "personal.csv");
        const Column* c = table.column(utf8(column));
        QVERIFY(c);
        const PersonalData p = personalDataOf(*c);
        QCOMPARE(name(p.kind), name(kind));
        QCOMPARE(p.byHeader, byHeader);
    }

    // Headers decide where the values do not: a few values that look like nothing.
    void headers_data() {
        QTest::addColumn<QString>("header");
        QTest::addColumn<PiiKind>("kind");
        QTest::newRow("last name") << QStringLiteral("Last Name") << PiiKind::PersonName;
        QTest::newRow("camel case") << QStringLiteral("customerEmail") << PiiKind::Email;
        QTest::newRow("e-mail") << QStringLiteral("E-Mail") << PiiKind::Email;
        QTest::newRow("ip") << QStringLiteral("client_ip") << PiiKind::IpAddress;
        QTest::newRow("street") << QStringLiteral("Straße") << PiiKind::StreetAddress;
        QTest::newRow("iban") << QStringLiteral("IBAN") << PiiKind::PersonalId;
        QTest::newRow("vorname") << QStringLiteral("Vorname") << PiiKind::PersonName;
        QTest::newRow("bare name") << QStringLiteral("name") << PiiKind::None;
        QTest::newRow("product name") << QStringLiteral("product_name") << PiiKind::None;
        QTest::newRow("airport name") << QStringLiteral("Airport Name") << PiiKind::None;
        QTest::newRow("mailing") << QStringLiteral("mailing_list") << PiiKind::None;
    }
    void headers() {
        QFETCH(QString, header);
        QFETCH(PiiKind, kind);
        Column c;
        c.name = utf8(header);
        c.type = ColumnType::Category;
        for (const char* v : {"x1", "x2", "x3", "x1"}) c.appendCategory(v);
        const PersonalData p = personalDataOf(c);
        QCOMPARE(name(p.kind), name(kind));
        QCOMPARE(p.byHeader, kind != PiiKind::None);
    }

    // Columns that look a little like names or addresses stay ordinary.
    void quietColumns() {
        const Table table = load(kPrivacy + "quiet.csv");
        QCOMPARE(table.columnCount(), std::size_t(10));
        for (const auto& c : table.columns)
            QVERIFY2(!personalDataOf(c).personal(), (c.name + ": " + toString(personalDataOf(c).kind)).c_str());
    }

    // Files that worked before keep their ordinary columns: only what is
    // personal is found (the demo's e-mail and phone; the encoding files' "name"
    // column of given names such as "José"; "zip" stays ordinary).
    void repositoryFilesStayQuiet() {
        std::vector<std::string> files;
        for (const char* dir : {"/tests/data/csv", "/resources/demo"})
            for (const auto& e : fs::directory_iterator(std::string(SEGMENTA_SOURCE_DIR) + dir))
                if (e.path().extension() == ".csv") files.push_back(e.path().string());
        std::sort(files.begin(), files.end());
        QVERIFY(files.size() > 30);
        QStringList personal;
        for (const auto& f : files) {
            auto r = readCsvFile(f);
            if (!r) continue;   // the deliberately broken files
            for (const auto& w : withheldColumns(r->table))
                if (w.reason == WithholdReason::PersonalData)
                    personal << QString::fromStdString(fs::path(f).filename().string() + ":" + w.column + ":" +
                                                       toString(w.personal.kind));
        }
        QStringList expected;
        for (const char* demo : {"customers.csv", "customers_2026-01.csv", "customers_2026-02.csv",
                                 "customers_2026-03.csv", "customers_2026-04.csv", "customers_2026-05.csv",
                                 "customers_2026-06.csv"})
            expected << QString::fromLatin1(demo) + QStringLiteral(":email:email")
                     << QString::fromLatin1(demo) + QStringLiteral(":phone:phone");
        for (const char* encoded : {"utf8_bom.csv", "utf16le_bom.csv", "utf16be_bom.csv", "windows1252.csv"})
            expected << QString::fromLatin1(encoded) + QStringLiteral(":name:person_name");
        expected.sort();
        personal.sort();
        QCOMPARE(personal, expected);
    }

    // Personal columns are never default features; naming one is refused unless kept.
    void features() {
        const Table table = load(kPrivacy + "personal.csv");
        for (const auto& f : suggestFeatures(table)) {
            const bool personal = personalDataOf(*table.column(f.column)).personal();
            QCOMPARE(f.reasonCode == FeatureReason::PersonalData, personal);
            if (personal) QVERIFY(!f.selected);
        }
        FeatureOptions o;
        o.columns = {"revenue", "contact"};
        auto refused = prepareFeatures(table, o);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::BadInput);
        QVERIFY(refused.error().message.find("personal data (e-mail addresses)") != std::string::npos);
        o.keepPersonal = {"contact"};
        auto kept = prepareFeatures(table, o);
        QVERIFY(kept);
        QCOMPARE(kept->pipeline.transforms[1].levels.size(), std::size_t(20));
    }

    // Kept columns are not withheld; the rest still are.
    void keepColumns() {
        const Table table = load(kPrivacy + "personal.csv");
        const auto all = withheldNames(withheldColumns(table), WithholdReason::PersonalData);
        QCOMPARE(all.size(), std::size_t(9));
        const auto kept = withheldNames(withheldColumns(table, {"contact", "notes"}), WithholdReason::PersonalData);
        QCOMPARE(kept.size(), std::size_t(7));
        QVERIFY(std::find(kept.begin(), kept.end(), "contact") == kept.end());
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "test_personal_data.moc"
