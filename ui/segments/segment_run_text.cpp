// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segment_run_text.h"

#include <QLocale>

#include "ui/common/display_text.h"
#include "ui/segments/segment_style.h"

namespace segmenta::ui {

QString SegmentRunText::choiceReason(const FeatureChoice& c) {
    const QString name = DisplayText::label(c.column);
    switch (c.reasonCode) {
    case FeatureReason::Numeric: return tr("“%1” is a number.").arg(name);
    case FeatureReason::FewCategories:
        return tr("“%1” is a category with %Ln value(s).", nullptr, int(c.levels)).arg(name);
    case FeatureReason::Identifier:
        return tr("“%1” identifies each row (a different value in every row), so it cannot describe a group.").arg(name);
    case FeatureReason::PersonalData: return tr("“%1” holds personal data, which should not decide a segment.").arg(name);
    case FeatureReason::Date: return tr("“%1” is a date; tick it to use it as “days since”.").arg(name);
    case FeatureReason::Label: return tr("“%1” is the outcome to explain, not a trait to group on.").arg(name);
    case FeatureReason::Score: return tr("“%1” is a model's score, not a trait of the customer.").arg(name);
    case FeatureReason::Ignored: return tr("“%1” is marked to ignore.").arg(name);
    case FeatureReason::TooManyLevels:
        return tr("“%1” has %Ln different value(s); at most %2 can be used (group rare values first).", nullptr,
                  int(c.levels))
            .arg(name, QLocale().toString(c.maxLevels));
    case FeatureReason::Constant: return tr("“%1” has the same value in every row, so it cannot tell groups apart.").arg(name);
    case FeatureReason::AllMissing: return tr("“%1” has no values.").arg(name);
    case FeatureReason::Text: return tr("“%1” is free text.").arg(name);
    }
    return QString::fromStdString(c.reason);
}

QString SegmentRunText::log1pReason(const FeatureChoice& c) {
    if (!c.suggestLog1p) return {};
    return tr("Strongly skewed (skewness %1): a few very large values would dominate; taking the log of 1 + value "
              "compresses them.")
        .arg(QLocale().toString(c.skewness, 'g', 2));
}

QString SegmentRunText::choiceTooltip(const FeatureChoice& c) {
    const QString log1p = log1pReason(c);
    return log1p.isEmpty() ? choiceReason(c) : choiceReason(c) + QLatin1Char('\n') + log1p;
}

QStringList SegmentRunText::notes(const SegmentationResult& r) {
    QStringList out;
    for (const RunNote& n : r.noteParts)
        if (n.kind == RunNoteKind::MiniBatch)
            out << tr("Mini-batch k-means was used because the table has %1 rows (faster, very slightly less exact).")
                       .arg(formatCount(std::int64_t(n.rows)));
    QStringList compressed;
    for (const ColumnTransform& t : r.features.pipeline.transforms)
        if (t.log1p) compressed << DisplayText::label(t.column);
    if (!compressed.isEmpty())
        out << tr("Very skewed columns were compressed (log of 1 + value) so that a few huge values do not decide "
                  "the segments alone: %1.").arg(compressed.join(QStringLiteral(", ")));
    for (const RunNote& n : r.noteParts)
        if (n.kind == RunNoteKind::SilhouetteSample)
            out << tr("Separation was measured on a sample of %1 rows.").arg(formatCount(std::int64_t(n.rows)));
    return out;
}

} // namespace segmenta::ui
