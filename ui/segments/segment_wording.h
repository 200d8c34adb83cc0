// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QString>

#include "core/segment/segmentation.h"

namespace segmenta::ui {

// Translated segment names and descriptions, built from the structured parts the
// engine returns (a word id, a phrase id and numbers) instead of its English text.
// A segment the user renamed keeps the name as typed.
class SegmentWording {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ui::SegmentWording)
public:
    // "High spend · Frequent · Recent", "Average profile", "… (2)" for a repeat.
    static QString name(const SegmentProfile& segment);
    // A stored model's segment name (the Drift page): said from the words kept with
    // the model when it is automatic, else the stored name as it is (renamed, older model).
    static QString name(const SegmentModel& model, int segment);
    // "Spends 3.1× the average customer and last ordered 12 days ago (median)."
    static QString description(const SegmentProfile& segment);
    static QString word(const ExplanationPart& part);      // "High spend", "Mostly DE"
    static QString phrase(const ExplanationPart& part);    // "spends 3.1× the average customer"
};

} // namespace segmenta::ui
