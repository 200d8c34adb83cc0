// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/drift_reason_text.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

#include "ui/common/display_text.h"

namespace segmenta::ui {

namespace {

// Column names, categories and labels inside a sentence: cut each one.
QString q(const std::string& s) { return DisplayText::label(s); }

} // namespace

QString DriftReasonText::share(double share) {
    if (!std::isfinite(share)) return QStringLiteral("—");
    const double pct = share * 100.0;
    return QLocale().toString(pct, 'f', pct > 0 && pct < 1 ? 1 : 0) + QStringLiteral(" %");
}

QString DriftReasonText::value(double v) {
    if (!std::isfinite(v)) return QStringLiteral("—");
    const QLocale locale;
    const double a = std::fabs(v);
    if (a == 0) return locale.toString(0);
    if (a >= 1e9 || a < 1e-4) return locale.toString(v, 'g', 4);
    // About four significant digits, as the bars' labels, without trailing zeros.
    const int decimals = std::clamp(3 - int(std::floor(std::log10(a))), 0, 7);
    QString s = locale.toString(v, 'f', decimals);
    if (decimals > 0) {
        while (s.endsWith(QLatin1Char('0'))) s.chop(1);
        if (s.endsWith(locale.decimalPoint())) s.chop(locale.decimalPoint().size());
    }
    return s;
}

QString DriftReasonText::quoted(const std::string& text) {
    //: Quotation marks around a value or segment name in a drift reason.
    return tr("“%1”").arg(q(text));
}

QString DriftReasonText::names(const std::vector<std::string>& list, std::int64_t total) {
    QStringList shown;
    for (const std::string& n : list) shown << quoted(n);
    QString out = shown.join(QStringLiteral(", "));
    const std::int64_t more = total - std::int64_t(list.size());
    if (more > 0) out += QLatin1Char(' ') + tr("and %Ln more", nullptr, int(more));
    return out;
}

QString DriftReasonText::band(const DriftReason& r) {
    // Where the values now gather, said with the band's edges (the bars show the same bands).
    switch (r.band) {
    case DriftBand::Only: return tr("in one band");
    case DriftBand::Lowest:
        if (std::isfinite(r.bandHigh)) return tr("below %1").arg(value(r.bandHigh));
        break;
    case DriftBand::Highest:
        if (std::isfinite(r.bandLow)) return tr("at %1 or more").arg(value(r.bandLow));
        break;
    case DriftBand::Middle:
        if (std::isfinite(r.bandLow) && std::isfinite(r.bandHigh))
            return tr("between %1 and %2").arg(value(r.bandLow), value(r.bandHigh));
        break;
    }
    return tr("in the band %1").arg(q(r.label));
}

QString DriftReasonText::part(const DriftReason& r, bool first) {
    const QString column = q(r.column);
    const bool up = r.after > r.before;
    switch (r.kind) {
    case DriftReasonKind::ValuesMoved: {
        const QString where = band(r);
        if (r.direction == DriftDirection::Rose)
            return tr("%1 rose: %2 of rows are now %3 (was %4)").arg(column, share(r.after), where, share(r.before));
        if (r.direction == DriftDirection::Fell)
            return tr("%1 fell: %2 of rows are now %3 (was %4)").arg(column, share(r.after), where, share(r.before));
        return tr("%1 changed: %2 of rows are now %3 (was %4)").arg(column, share(r.after), where, share(r.before));
    }
    case DriftReasonKind::CategoryMoved:
        return (up ? tr("%1 changed: %2 grew from %3 to %4 of rows") : tr("%1 changed: %2 shrank from %3 to %4 of rows"))
            .arg(column, quoted(r.label), share(r.before), share(r.after));
    case DriftReasonKind::Changed: return tr("%1 changed").arg(column);
    case DriftReasonKind::MissingChanged:
        return (up ? tr("%1 is empty more often: in %2 of rows (was %3)") : tr("%1 is empty less often: in %2 of rows (was %3)"))
            .arg(column, share(r.after), share(r.before));
    case DriftReasonKind::NewCategories:
        return first ? tr("%1 has new values: %2").arg(column, names(r.names, r.count))
                     : tr("new values: %1").arg(names(r.names, r.count));
    case DriftReasonKind::TooFewRows:
        return tr("%1: too few rows to judge (%Ln value(s); at least %2 needed)", nullptr, int(std::min<std::int64_t>(r.count, 1 << 30)))
            .arg(column, QLocale().toString(qlonglong(r.needed)));
    case DriftReasonKind::SegmentShares:
        if (r.label.empty()) return tr("The segment sizes changed");
        return (up ? tr("Segment sizes moved: %1 grew from %2 to %3 of rows") : tr("Segment sizes moved: %1 shrank from %2 to %3 of rows"))
            .arg(quoted(r.label), share(r.before), share(r.after));
    case DriftReasonKind::FitWorse:
        return tr("Segments fit worse: customers are %1 further from their segment's centre").arg(share(r.after));
    case DriftReasonKind::UnseenByModel:
        return tr("Values the model has not seen: %1").arg(unseenEntries(r).join(QStringLiteral(", ")));
    case DriftReasonKind::Resegment: return tr("Re-segmenting suggested");
    }
    return {};
}

QStringList DriftReasonText::unseenEntries(const DriftReason& r) {
    QStringList entries;
    for (std::size_t i = 0; i < r.names.size(); ++i) {
        const bool split = i < r.columns.size() && i < r.counts.size() && r.counts[i] >= 0;
        entries << (split ? tr("%1: %2 (%Ln row(s))", nullptr, int(std::min<std::int64_t>(r.counts[i], 1 << 30)))
                                .arg(q(r.columns[i]), quoted(r.names[i]))
                          : q(r.names[i]));
    }
    return entries;
}

QString DriftReasonText::line(const DriftReasonLine& parts) {
    QStringList out;
    for (std::size_t i = 0; i < parts.size(); ++i) out << part(parts[i], i == 0);
    return out.join(QStringLiteral("; "));
}

QStringList DriftReasonText::lines(const std::vector<DriftReasonLine>& all) {
    QStringList out;
    for (const DriftReasonLine& l : all) out << line(l);
    return out;
}

} // namespace segmenta::ui
