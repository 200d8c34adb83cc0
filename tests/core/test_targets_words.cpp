// SPDX-License-Identifier: GPL-3.0-or-later
// Yes/no outcome columns in German, French and Spanish are read as yes/no, as the
// English ones are: the "yes" word is the positive value, whichever comes first.
#include <QtTest>

#include "core/metrics/targets.h"

using namespace segmenta;

class TestTargetsWords : public QObject {
    Q_OBJECT
private slots:
    void words_data() {
        QTest::addColumn<QString>("yes");
        QTest::addColumn<QString>("no");
        QTest::newRow("English") << QStringLiteral("yes") << QStringLiteral("no");
        QTest::newRow("German") << QStringLiteral("Ja") << QStringLiteral("Nein");
        QTest::newRow("German true/false") << QStringLiteral("wahr") << QStringLiteral("falsch");
        QTest::newRow("French") << QStringLiteral("oui") << QStringLiteral("NON");
        QTest::newRow("French true/false") << QStringLiteral("vrai") << QStringLiteral("faux");
        QTest::newRow("Spanish") << QStringLiteral("Sí") << QStringLiteral("no");
        QTest::newRow("Spanish capitals") << QStringLiteral("SÍ") << QStringLiteral("NO");
        QTest::newRow("Spanish without accent") << QStringLiteral("si") << QStringLiteral("no");
        QTest::newRow("Spanish true/false") << QStringLiteral("verdadero") << QStringLiteral("falso");
    }
    void words() {
        QFETCH(QString, yes);
        QFETCH(QString, no);
        QVERIFY(looksPositive(yes.toStdString()));
        QVERIFY(!looksNegative(yes.toStdString()));
        QVERIFY(looksNegative(no.toStdString()));
        QVERIFY(!looksPositive(no.toStdString()));
        // A column whose first value is "no": the positive value is still the "yes" word.
        Column c;
        c.name = "churned";
        c.type = ColumnType::Category;
        for (const QString& v : {no, yes, no, no, yes}) c.appendCategory(v.toStdString());
        Table t;
        t.columns.push_back(std::move(c));
        auto label = decodeLabel(t, "churned", "", false);
        QVERIFY2(label, label ? "" : label.error().message.c_str());
        QVERIFY(label->binary);
        QCOMPARE(QString::fromStdString(label->positive), yes);
        QCOMPARE(label->binaryLabel, (std::vector<std::uint8_t>{0, 1, 0, 0, 1}));
    }
    void otherWordsAreNeither() {
        for (const char* v : {"malignant", "benign", "active", "2", "4", "jein", "nope"}) {
            QVERIFY2(!looksPositive(v), v);
            QVERIFY2(!looksNegative(v), v);
        }
    }
};

QTEST_GUILESS_MAIN(TestTargetsWords)
#include "test_targets_words.moc"
