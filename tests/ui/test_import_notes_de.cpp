// SPDX-License-Identifier: GPL-3.0-or-later
// Import column notes in German: the reader writes a column's note as one of a few
// fixed English sentences (with a type filled in); ImportNoteText recognises them
// and says them with tr(). Checked on the sentences themselves, on a real import
// (ambiguous dates), and against core/io's source so a note added or reworded there
// fails here instead of showing in English silently. German loaded as the app does.
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

#include "core/io/csv_reader.h"
#include "ui/common/translation.h"
#include "ui/data/import_note_text.h"
#include "ui/data/import_summary_view.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {

// Every form of note the reader writes, in English.
const QStringList& coreNotes() {
    static const QStringList notes{
        QStringLiteral("dates could be day/month or month/day; read as day/month"),
        QStringLiteral("dates mix day/month and month/day; read as day/month, the others become missing"),
        QStringLiteral("dates mix day/month and month/day; read as month/day, the others become missing"),
        QStringLiteral("no values in the sample"),
        QStringLiteral("digits kept as text: leading zeros or too many digits for a number"),
        QStringLiteral("numbers further down the file have decimals; read as decimal"),
        QStringLiteral("more distinct values than the sample showed; read as text"),
        QStringLiteral("values further down the file are not whole numbers; read as decimal"),
        QStringLiteral("values further down the file are not dates; read as text; dates could be day/month or month/day; read as day/month"),
    };
    return notes;
}

} // namespace

class TestImportNotesDe : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        installTranslations(*static_cast<QApplication*>(QCoreApplication::instance()), QStringLiteral("de"));
        QVERIFY2(QCoreApplication::translate("segmenta::ui::ImportNoteText", "no values in the sample") !=
                     QLatin1String("no values in the sample"),
                 "the German translation (:/i18n/segmenta_de.qm) was not loaded");
    }

    void notesAreGerman_data() {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ambiguous dates") << coreNotes()[0]
                                         << QStringLiteral("Datumsangaben können Tag/Monat oder Monat/Tag sein; als Tag/Monat gelesen");
        QTest::newRow("mixed dates") << coreNotes()[2]
                                     << QStringLiteral("Datumsangaben mischen Tag/Monat und Monat/Tag; als Monat/Tag gelesen, die anderen werden leer");
        QTest::newRow("more distinct") << coreNotes()[6]
                                       << QStringLiteral("mehr verschiedene Werte als die Stichprobe zeigte; gelesen als Text");
        QTest::newRow("not whole numbers") << coreNotes()[7]
                                           << QStringLiteral("Werte weiter unten in der Datei sind keine ganzen Zahlen; gelesen als Dezimalzahl");
        QTest::newRow("nested") << coreNotes()[8]
                                << QStringLiteral("Werte weiter unten in der Datei sind keine Datumsangaben; gelesen als Text; "
                                                  "Datumsangaben können Tag/Monat oder Monat/Tag sein; als Tag/Monat gelesen");
    }
    void notesAreGerman() {
        QFETCH(QString, note);
        QFETCH(QString, expected);
        QCOMPARE(ImportNoteText::sentence(note.toStdString()), expected);
    }

    void everyFormIsKnownAndGerman() {
        for (const QString& note : coreNotes()) {
            QVERIFY2(ImportNoteText::known(note.toStdString()), qPrintable(note));
            const QString german = ImportNoteText::sentence(note.toStdString());
            QVERIFY2(!german.contains(QRegularExpression(QStringLiteral("\\b(dates|read|values|sample|numbers|file)\\b"))),
                     qPrintable(german));
        }
    }

    void unknownNoteIsShownAsWritten() {
        QCOMPARE(ImportNoteText::sentence("something new"), QStringLiteral("something new"));
        QVERIFY(!ImportNoteText::known("values further down the file are not pictures; read as text"));
    }

    // A real import whose dates cannot be told apart.
    void ambiguousDatesOnImport() {
        const std::string csv = "day,amount\n03/04/2024,1\n05/06/2024,2\n07/08/2024,3\n";
        auto r = readCsvBytes(csv);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const auto& note = r->report.columns[0].note;
        QVERIFY2(!note.empty(), "the reader gives a note for ambiguous dates");
        QCOMPARE(ImportNoteText::sentence(note),
                 QStringLiteral("Datumsangaben können Tag/Monat oder Monat/Tag sein; als Tag/Monat gelesen"));
    }

    // The import report on the Data page says the note in German.
    void importReportShowsGerman() {
        const std::string csv = "day,code\n03/04/2024,007\n05/06/2024,012\n07/08/2024,013\n";
        auto r = readCsvBytes(csv);
        QVERIFY(r.ok());
        ImportSummaryView view;
        view.setReport(&r->report, QStringLiteral("notes.csv"));
        QStringList texts;
        for (int i = 0; i < view.warningsView()->topLevelItemCount(); ++i) texts << view.warningsView()->topLevelItem(i)->text(2);
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Datumsangaben können Tag/Monat oder Monat/Tag sein")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Ziffern als Text behalten")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("read as")), qPrintable(all));
        const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
        if (!dir.isEmpty()) {
            view.resize(1000, 300);
            view.show();
            QTest::qWait(50);
            view.grab().save(dir + QStringLiteral("/import_notes_de.png"));
        }
    }

    // Last: the same report in English, to look at (the translators are removed).
    void englishScreenshot() {
        const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
        if (dir.isEmpty()) QSKIP("SEGMENTA_SCREENSHOTS not set");
        for (auto* t : QCoreApplication::instance()->findChildren<QTranslator*>()) QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto r = readCsvBytes("day,code\n03/04/2024,007\n05/06/2024,012\n07/08/2024,013\n");
        QVERIFY(r.ok());
        ImportSummaryView view;
        view.setReport(&r->report, QStringLiteral("notes.csv"));
        QCOMPARE(view.warningsView()->topLevelItem(0)->text(2), QString::fromStdString(r->report.columns[0].note));
        view.resize(1000, 300);
        view.show();
        QTest::qWait(50);
        view.grab().save(dir + QStringLiteral("/import_notes_en.png"));
    }

    // Each note literal in core/io begins one of the forms above.
    void everyNoteInCoreIsCovered() {
        static const QRegularExpression literal(QStringLiteral("\\bnote = \"([^\"]+)\""));
        int found = 0;
        QDirIterator it(QStringLiteral(SEGMENTA_SOURCE_DIR "/core/io"), {QStringLiteral("*.cpp")}, QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString code = QString::fromUtf8(file.readAll());
            for (auto m = literal.globalMatch(code); m.hasNext();) {
                const QString start = m.next().captured(1);
                ++found;
                const bool covered = std::any_of(coreNotes().begin(), coreNotes().end(),
                                                 [&](const QString& n) { return n.startsWith(start); });
                QVERIFY2(covered, qPrintable(QStringLiteral("a note in core/io this test does not know: ") + start));
            }
        }
        QCOMPARE(found, 7);
    }
};

QTEST_MAIN(TestImportNotesDe)
#include "test_import_notes_de.moc"
