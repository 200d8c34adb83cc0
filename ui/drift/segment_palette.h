// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QColor>

namespace segmenta::ui {

// Segment colours for the Drift page's charts: the same segment keeps its colour
// in the share, outcome and comparison charts (colour-blind friendly, Okabe–Ito).
inline QColor driftSegmentColor(int index) {
    static const QColor colours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                     QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                     QColor(0xf0, 0xe4, 0x42), QColor(0x99, 0x99, 0x99)};
    return colours[index % 8];
}

} // namespace segmenta::ui
