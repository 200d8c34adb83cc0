// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/stage_text.h"

#include <QRegularExpression>

namespace segmenta::ui {

namespace {

// The stages core reports (grep "report(" in core/), with the words shown for them.
constexpr const char* kStages[][2] = {
    {"Checking the text encoding", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Checking the text encoding")},
    {"Guessing column types", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Guessing column types")},
    {"Reading file", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Reading the file")},
    {"Reading rows", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Reading rows")},
    {"Reading orders", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Reading orders")},
    {"Re-reading columns with unexpected values", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Re-reading columns with unexpected values")},
    {"Profiling columns", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Profiling columns")},
    {"Looking for duplicates", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Looking for duplicates")},
    {"Profile ready", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Profile ready")},
    {"Preparing features", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Preparing the columns")},
    {"k-means", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Finding segments (k-means)")},
    {"Mini-batch k-means", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Finding segments (mini-batch k-means)")},
    {"Gaussian mixture", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Finding segments (Gaussian mixture)")},
    {"silhouette", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Checking how well segments separate")},
    {"Silhouette", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Checking how well segments separate")},
    {"Describing the segments", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Describing the segments")},
    {"map of rows", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Drawing the map of rows")},
    {"segment fit", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Measuring how well segments fit")},
    {"slicing", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Splitting into slices")},
    {"model metrics", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Computing model metrics")},
    {"outcomes", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Counting outcomes")},
    {"drift", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Comparing months")},
    {"record", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Recording")},
    {"fingerprint", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Fingerprinting the file")},
    {"demo", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Preparing the demo")},
    {"Generating customers", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Generating customers")},
    {"Writing demo files", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Writing demo files")},
    {"Writing CSV", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Writing CSV")},
    {"Finishing", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Finishing")},
    {"Done", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Done")},
    {"done", QT_TRANSLATE_NOOP("segmenta::ui::StageText", "Done")},
};

} // namespace

QString StageText::translate(const QString& stage) {
    for (const auto& [key, words] : kStages)
        if (stage == QLatin1String(key)) return tr(words);
    // "Trying k = 5": the one stage with a number in it.
    static const QRegularExpression tryingK(QStringLiteral("^Trying k = (\\d+)$"));
    if (const auto m = tryingK.match(stage); m.hasMatch()) return tr("Trying %1 segments").arg(m.captured(1));
    return stage;
}

} // namespace segmenta::ui
