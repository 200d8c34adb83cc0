// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>

#include "core/history/history.h"

namespace segmenta::ui {

// A stored model's segment names in the user's language, from the name words kept
// in its JSON (SegmentNameWords); a renamed segment, an older model or a JSON that
// cannot be read keeps the stored (English) name. Same order as the model's names.
QStringList modelSegmentNames(const ModelInfo& model);

// The segment-share alert reasons name a segment by its stored name: replace it
// with the name the page shows (`shown`, same order as model.segmentNames).
void renameSegmentsInReasons(DriftMatrix& matrix, const ModelInfo& model, const QStringList& shown);

} // namespace segmenta::ui
