// SPDX-License-Identifier: GPL-3.0-or-later
// The window's import report shows rows a stray quote swallowed: the demo's
// 2,500-row month with one stray quote loads 6 rows, and the report says how
// many were lost and lists the unclosed quote with its line.
#include <QLabel>
#include <QTreeWidget>
#include <QtTest>

#include <fstream>
#include <sstream>

#include "core/io/csv_reader.h"
#include "ui/data/import_summary_view.h"

using namespace segmenta;
using namespace segmenta::ui;

class TestImportLostRows : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void strayQuoteIsShownInTheImportReport() {
        std::ifstream in(SEGMENTA_SOURCE_DIR "/resources/demo/customers_2026-01.csv", std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        std::string text = s.str();
        std::size_t at = 0;
        for (int line = 0; line < 6; ++line) at = text.find('\n', at) + 1;   // the header and five rows
        for (int field = 0; field < 4; ++field) at = text.find(',', at) + 1;  // to "country"
        text.insert(at, "\"");
        auto r = readCsvBytes(text);
        QVERIFY(r.ok());
        QCOMPARE(r->report.rowsLoaded, std::int64_t(6));
        QCOMPARE(r->report.rowsLost, std::int64_t(2494));
        QCOMPARE(r->report.rowsLoaded + r->report.rowsLost, std::int64_t(2500));

        ImportSummaryView view;
        view.setReport(&r->report, QStringLiteral("customers_2026-01.csv"));
        QString labels;
        for (const auto* label : view.findChildren<QLabel*>()) labels += label->text();
        QVERIFY2(labels.contains(QStringLiteral("About 2,494 rows were lost")), qPrintable(labels));
        bool listed = false;
        for (int i = 0; i < view.warningsView()->topLevelItemCount(); ++i) {
            const auto* item = view.warningsView()->topLevelItem(i);
            listed = listed || (item->text(0) == QStringLiteral("7") && item->text(1) == QStringLiteral("quote not closed"));
        }
        QVERIFY(listed);
    }
};

QTEST_MAIN(TestImportLostRows)
#include "test_import_lost_rows.moc"
