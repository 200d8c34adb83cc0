// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segment_style.h"

#include <QLocale>
#include <algorithm>
#include <array>
#include <cmath>

namespace segmenta::ui {

QColor segmentColor(int segment) {
    static constexpr std::array<QRgb, 10> kPalette = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F,
                                                      0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC};
    if (segment < 0) return QColor(0x80, 0x80, 0x80);
    const QColor base = QColor::fromRgb(kPalette[std::size_t(segment) % kPalette.size()]);
    const int round = segment / int(kPalette.size());
    return round == 0 ? base : base.darker(100 + 35 * round);
}

QColor zScoreColor(double z) {
    if (!std::isfinite(z)) return QColor(0xE0, 0xE0, 0xE0);
    const double t = std::clamp(z / 2.0, -1.0, 1.0);
    // RdBu end points (ColorBrewer), blended with white.
    const QColor end = t < 0 ? QColor(0x21, 0x66, 0xAC) : QColor(0xB2, 0x18, 0x2B);
    const double a = std::abs(t);
    auto mix = [a](int from, int to) { return int(std::lround(from + (to - from) * a)); };
    return QColor(mix(0xF7, end.red()), mix(0xF7, end.green()), mix(0xF7, end.blue()));
}

QColor textColorOn(const QColor& background) {
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance < 0.55 ? QColor(Qt::white) : QColor(Qt::black);
}

QString notAvailableText() { return QStringLiteral("—"); }

QString formatNumber(double value) {
    if (!std::isfinite(value)) return notAvailableText();
    const double magnitude = std::abs(value);
    int decimals = 0;
    if (magnitude == 0 || magnitude >= 100) decimals = 0;
    else if (magnitude >= 10) decimals = 1;
    else if (magnitude >= 1) decimals = 2;
    else decimals = std::min(6, 2 - int(std::floor(std::log10(magnitude))));
    QString text = QLocale().toString(value, 'f', decimals);
    if (decimals > 0) {
        // "12.50" → "12.5", "3.00" → "3": trailing zeros only add noise.
        const QChar point = QLocale().decimalPoint().at(0);
        while (text.endsWith(QLatin1Char('0'))) text.chop(1);
        if (text.endsWith(point)) text.chop(1);
    }
    if (text == QStringLiteral("-0")) text = QStringLiteral("0");
    return text;
}

QString formatCount(std::int64_t count) { return QLocale().toString(qlonglong(count)); }

QString formatShare(double share) {
    if (!std::isfinite(share)) return notAvailableText();
    const double percent = share * 100.0;
    return QLocale().toString(percent, 'f', percent != 0 && std::abs(percent) < 1 ? 2 : 1) + QStringLiteral("%");
}

} // namespace segmenta::ui
