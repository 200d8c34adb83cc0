// SPDX-License-Identifier: GPL-3.0-or-later
// Segment names on the Drift page in German: the history stores a model with its
// English names ("Small baskets · Younger · New") and, in the model's JSON, the
// words they were made of (SegmentNameWords). The page says the names from those
// words in the user's language (SegmentWording::name(model, i)); a renamed
// segment and a model saved before the words were kept show the stored name.
#include <QApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>
#include <algorithm>

#include "core/demo/demo_generator.h"
#include "core/history/history.h"
#include "core/segment/segment_naming.h"
#include "ui/common/translation.h"
#include "ui/common/workspace.h"
#include "ui/drift/drift_history_source.h"
#include "ui/drift/drift_page.h"
#include "ui/drift/drift_reason_text.h"
#include "ui/drift/model_segment_names.h"
#include "ui/segments/segment_wording.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {

SegmentModel modelWithWords() {
    SegmentModel m;
    m.names = {"Small baskets · Younger · New", "High sessions_30d (2)", "Loyal"};
    SegmentNameWords a;
    a.automatic = true;
    a.words = {int(NameWord::SmallBaskets), int(NameWord::Younger), int(NameWord::New)};
    a.features = {"", "", ""};
    a.levels = {"", "", ""};
    SegmentNameWords b;
    b.automatic = true;
    b.number = 2;
    b.words = {int(NameWord::HighFeature)};
    b.features = {"sessions_30d"};
    b.levels = {""};
    SegmentNameWords renamed;   // the user typed "Loyal"
    m.nameWords = {a, b, renamed};
    return m;
}

// Every English name word core can make (with a placeholder column and level).
QStringList englishNameWords() {
    QStringList out;
    for (int w = 0; w <= int(NameWord::MoreLevel); ++w) {
        ExplanationPart p;
        p.word = NameWord(w);
        p.featureText = "x";
        p.level = "y";
        out << QString::fromStdString(englishWord(p));
    }
    return out;
}

} // namespace

class TestDriftSegmentNamesDe : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        installTranslations(*static_cast<QApplication*>(QCoreApplication::instance()), QStringLiteral("de"));
        QVERIFY2(QCoreApplication::translate("segmenta::ui::SegmentWording", "Younger") != QLatin1String("Younger"),
                 "the German translation (:/i18n/segmenta_de.qm) was not loaded");
    }

    void namesFromTheModelsWords_data() {
        QTest::addColumn<int>("segment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("automatic") << 0 << QStringLiteral("Kleine Warenkörbe · Jünger · Neu");
        QTest::newRow("a feature, repeated") << 1 << QStringLiteral("Hoch: sessions_30d (2)");
        QTest::newRow("renamed") << 2 << QStringLiteral("Loyal");
    }
    void namesFromTheModelsWords() {
        QFETCH(int, segment);
        QFETCH(QString, expected);
        const SegmentModel m = modelWithWords();
        QCOMPARE(SegmentWording::name(m, segment), expected);
    }

    void storedNameWhenTheWordsCannotBeUsed() {
        SegmentModel m = modelWithWords();
        m.nameWords[0].words[1] = 999;   // a word a newer build wrote
        QCOMPARE(SegmentWording::name(m, 0), QStringLiteral("Small baskets · Younger · New"));
        m.nameWords.clear();             // a model saved before the words were kept
        QCOMPARE(SegmentWording::name(m, 1), QStringLiteral("High sessions_30d (2)"));
    }

    // A stored model's names and the segment-share alert that names one of them.
    void storedModelAndShareReason() {
        SegmentModel m = modelWithWords();
        m.algorithm = Algorithm::KMeans;
        m.centroids = Eigen::MatrixXd::Zero(3, 1);
        m.pipeline.outputNames = {"x"};
        m.pipeline.outputTransform = {0};
        ColumnTransform t;
        t.column = "x";
        t.center = {0};
        t.scale = {1};
        m.pipeline.transforms = {t};
        ModelInfo info;
        info.segmentNames = m.names;
        info.json = modelToJson(m);
        const QStringList names = modelSegmentNames(info);
        QCOMPARE(names, (QStringList{QStringLiteral("Kleine Warenkörbe · Jünger · Neu"), QStringLiteral("Hoch: sessions_30d (2)"),
                                     QStringLiteral("Loyal")}));
        DriftMatrix matrix;
        matrix.snapshots.resize(1);
        DriftReason share;
        share.kind = DriftReasonKind::SegmentShares;
        share.label = m.names[0];
        share.before = 0.2;
        share.after = 0.35;
        matrix.snapshots[0].reasonLines = {{share}};
        renameSegmentsInReasons(matrix, info, names);
        const QString text = DriftReasonText::line(matrix.snapshots[0].reasonLines[0]);
        QVERIFY2(text.contains(QStringLiteral("„Kleine Warenkörbe · Jünger · Neu“")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Small baskets")), qPrintable(text));
        // A JSON that cannot be read: the stored names.
        info.json = "{}";
        QCOMPARE(modelSegmentNames(info).first(), QStringLiteral("Small baskets · Younger · New"));
    }

    // The demo history's model, as the Drift page loads it: every name German.
    void demoHistoryNamesAreGerman() {
        QVERIFY(tmp_.isValid());
        QString demo = QStringLiteral(SEGMENTA_SOURCE_DIR "/resources/demo");
        if (!QFileInfo::exists(demo + QStringLiteral("/customers_2026-01.csv"))) {
            demo = tmp_.filePath(QStringLiteral("demo"));
            QVERIFY(writeDemoFiles(demo.toStdString(), DemoFilesOptions{}));
        }
        demo_ = demo;
        const QString db = tmp_.filePath(QStringLiteral("history.sqlite"));
        auto ensured = drift_source::ensureDemo(db, demo);
        QVERIFY2(ensured.ok(), ensured.ok() ? "" : ensured.error().message.c_str());
        auto datasets = drift_source::listDatasets(db);
        QVERIFY(datasets.ok() && !datasets->empty() && !datasets->front().models.empty());
        auto view = drift_source::loadHistory(db, datasets->front().id, 0, DriftReference::Training);
        QVERIFY2(view.ok(), view.ok() ? "" : view.error().message.c_str());
        QVERIFY(view->segmentNames.size() >= 2);

        auto history = History::open(db.toStdString(), {true, 5000, false});
        QVERIFY(history.ok());
        auto models = history->models(datasets->front().id);
        QVERIFY(models.ok() && !models->empty());
        const auto it = std::find_if(models->begin(), models->end(),
                                     [&](const ModelInfo& m) { return QString::fromStdString(m.name) == view->model; });
        QVERIFY(it != models->end());
        const ModelInfo& stored = *it;
        QCOMPARE(view->segmentNames.size(), qsizetype(stored.segmentNames.size()));
        const QStringList english = englishNameWords();
        for (qsizetype i = 0; i < view->segmentNames.size(); ++i) {
            const QString name = view->segmentNames[i];
            QVERIFY2(name != QString::fromStdString(stored.segmentNames[std::size_t(i)]), qPrintable(name));
            for (const QString& part : name.split(QStringLiteral(" · "))) {
                const QString bare = part.section(QStringLiteral(" ("), 0, 0);
                QVERIFY2(!english.contains(bare), qPrintable(name));
            }
        }
        // The alerts' segment-share reasons name segments the same way.
        int shareReasons = 0;
        for (const SnapshotView& s : view->snapshots)
            for (const QString& reason : s.reasons) {
                for (const std::string& n : stored.segmentNames)
                    QVERIFY2(!reason.contains(QString::fromStdString(n)), qPrintable(reason));
                shareReasons += view->segmentNames.end() !=
                                std::find_if(view->segmentNames.begin(), view->segmentNames.end(),
                                             [&](const QString& n) { return reason.contains(n); });
            }
        qInfo("%d alert reasons name a segment", shareReasons);
    }

    // The page's "Segments over time" tab in German, then in English (to look at).
    void pageScreenshots() {
        const QString dir = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
        if (dir.isEmpty() || demo_.isEmpty()) QSKIP("SEGMENTA_SCREENSHOTS not set");
        shoot(dir + QStringLiteral("/drift_segments_de.png"));
        for (auto* t : QCoreApplication::instance()->findChildren<QTranslator*>()) QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        shoot(dir + QStringLiteral("/drift_segments_en.png"));
    }

private:
    void shoot(const QString& path) {
        Workspace workspace;
        workspace.setHistoryPath(tmp_.filePath(QStringLiteral("history.sqlite")));
        DriftPage page(&workspace);
        page.setDemoDirectory(demo_);
        page.resize(1400, 850);
        QSignalSpy loaded(&page, &DriftPage::historyLoaded);
        page.show();
        QVERIFY(loaded.wait(240000));
        auto* tabs = page.findChild<QTabWidget*>();
        QVERIFY(tabs && tabs->count() >= 2);
        tabs->setCurrentIndex(1);
        QTest::qWait(400);
        QVERIFY(page.grab().save(path));
    }

    QTemporaryDir tmp_;
    QString demo_;
};

QTEST_MAIN(TestDriftSegmentNamesDe)
#include "test_drift_segment_names_de.moc"
