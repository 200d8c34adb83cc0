// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segment_wording.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

#include "ui/common/display_text.h"

namespace segmenta::ui {

namespace {
// Column names and category levels go into segment names, legends and cards: cut each one.
QString qs(const std::string& s) { return DisplayText::label(s); }

// Whole percents, as the English text: "24%".
QString percent(double share) {
    return std::isfinite(share) ? QLocale().toString(std::lround(100 * share)) + QStringLiteral("%") : QStringLiteral("—");
}

QString times(double ratio) { return QLocale().toString(ratio, 'f', 1) + QStringLiteral("×"); }

QString number(double v) { return QLocale().toString(v, 'g', 3); }

QString days(double v) { return QLocale().toString(v, 'f', 0); }
} // namespace

QString SegmentWording::word(const ExplanationPart& p) {
    const QString f = qs(p.featureText), level = qs(p.level);
    switch (p.word) {
    case NameWord::HighSpend: return tr("High spend");
    case NameWord::LowSpend: return tr("Low spend");
    case NameWord::BigBaskets: return tr("Big baskets");
    case NameWord::SmallBaskets: return tr("Small baskets");
    case NameWord::Lapsed: return tr("Lapsed");
    case NameWord::Recent: return tr("Recent");
    case NameWord::Frequent: return tr("Frequent");
    case NameWord::Infrequent: return tr("Infrequent");
    case NameWord::Engaged: return tr("Engaged");
    case NameWord::LessEngaged: return tr("Less engaged");
    case NameWord::LongStanding: return tr("Long-standing");
    case NameWord::New: return tr("New");
    case NameWord::ManyReturns: return tr("Many returns");
    case NameWord::FewReturns: return tr("Few returns");
    case NameWord::Older: return tr("Older");
    case NameWord::Younger: return tr("Younger");
    case NameWord::DiscountLovers: return tr("Discount lovers");
    case NameWord::FewDiscounts: return tr("Few discounts");
    case NameWord::HighFeature: return tr("High %1", "name part: a column with high values").arg(f);
    case NameWord::LowFeature: return tr("Low %1", "name part: a column with low values").arg(f);
    case NameWord::FeatureYes: return tr("%1: yes", "name part: a yes/no column mostly yes").arg(f);
    case NameWord::FeatureNo: return tr("%1: no", "name part: a yes/no column mostly no").arg(f);
    case NameWord::MostlyLevel: return tr("Mostly %1", "name part: a category level").arg(level);
    case NameWord::MoreLevel: return tr("More %1", "name part: a category level").arg(level);
    }
    return f;
}

QString SegmentWording::phrase(const ExplanationPart& p) {
    const QString f = qs(p.featureText);
    switch (p.phrase) {
    case Phrase::SpendTimes: return tr("spends %1 the average customer").arg(times(p.ratio));
    case Phrase::SpendMore: return tr("spends %1 more than the average customer").arg(percent(p.ratio - 1));
    case Phrase::SpendLess: return tr("spends %1 less than the average customer").arg(percent(1 - p.ratio));
    case Phrase::FeatureTimes: return tr("%1 %2 the average", "column, ratio").arg(f, times(p.ratio));
    case Phrase::FeatureAbove: return tr("%1 %2 above the average", "column, percent").arg(f, percent(p.ratio - 1));
    case Phrase::FeatureBelow: return tr("%1 %2 below the average", "column, percent").arg(f, percent(1 - p.ratio));
    case Phrase::LastOrderedDaysAgo: return tr("last ordered %1 days ago (median)").arg(days(p.value));
    case Phrase::FeatureDaysAgo: return tr("%1 %2 days ago (median)", "column, days").arg(f, days(p.value));
    case Phrase::ShareHaveLevel:
        return tr("%1 have %2 %3 (vs %4 overall)", "share, column, level, overall share")
            .arg(percent(p.value), f, qs(p.level), percent(p.overallValue));
    case Phrase::ShareHaveFeature:
        return tr("%1 have %2 (vs %3 overall)", "share, yes/no column, overall share")
            .arg(percent(p.value), f, percent(p.overallValue));
    case Phrase::FeatureAverages:
        return tr("%1 averages %2 (vs %3 overall)", "column, segment mean, overall mean")
            .arg(f, number(p.segmentMean), number(p.overallValue));
    }
    return f;
}

QString SegmentWording::name(const SegmentProfile& s) {
    if (s.renamed) return qs(s.name);
    QStringList words;
    for (const auto& p : s.parts) words << word(p);
    QString n = words.isEmpty() ? tr("Average profile") : words.join(QStringLiteral(" · "));
    if (s.nameNumber >= 2) n = tr("%1 (%2)", "a repeated segment name and its number").arg(n).arg(s.nameNumber);
    return n;
}

QString SegmentWording::name(const SegmentModel& m, int segment) {
    const auto i = std::size_t(segment);
    const QString stored = i < m.names.size() ? qs(m.names[i]) : QString();
    if (i >= m.nameWords.size() || !m.nameWords[i].automatic) return stored;
    const SegmentNameWords& n = m.nameWords[i];
    SegmentProfile s;
    s.nameNumber = n.number;
    for (std::size_t w = 0; w < n.words.size(); ++w) {
        if (n.words[w] < 0 || n.words[w] > int(NameWord::MoreLevel)) return stored;   // a word this build does not know
        ExplanationPart p;
        p.word = NameWord(n.words[w]);
        p.featureText = n.features[w];
        p.level = n.levels[w];
        s.parts.push_back(std::move(p));
    }
    return name(s);
}

QString SegmentWording::description(const SegmentProfile& s) {
    if (s.parts.empty()) return tr("Close to the average on every feature.");
    QString first = phrase(s.parts[0]);
    if (!first.isEmpty()) first[0] = first[0].toUpper();
    if (s.parts.size() == 1) return tr("%1.", "a one-phrase segment description").arg(first);
    return tr("%1 and %2.", "a two-phrase segment description").arg(first, phrase(s.parts[1]));
}

} // namespace segmenta::ui
