// SPDX-License-Identifier: GPL-3.0-or-later
// A saved model records the version of the program that saved it (the generated
// segmenta_version.h reaches every target, not only the command line).
#include <QtTest>

#include "core/history/history.h"
#include "history_test_util.h"
#include "segmenta_version.h"

using namespace segmenta;

class TestAppVersion : public QObject {
    Q_OBJECT
    QTemporaryDir dir;

private slots:
    void savedModelKeepsTheProgramVersion() {
        QVERIFY(QByteArray(SEGMENTA_VERSION) != "0");
        auto h = History::open(dir.filePath(QStringLiteral("v.sqlite")).toStdString());
        QVERIFY(h);
        const Table train = testutil::customers(500, 0, 3);
        auto snap = h->recordSnapshot("Shop", train, {"train.csv", 1, "00"}, {"2026-01-31", "", {}, {}});
        QVERIFY(snap);
        auto saved = saveModel(*h, "Shop", "Spend", testutil::twoSegmentModel(), snap->id, &train);
        QVERIFY2(saved, saved ? "" : saved.error().message.c_str());
        QCOMPARE(QString::fromStdString(saved->appVersion), QStringLiteral(SEGMENTA_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestAppVersion)
#include "test_app_version.moc"
