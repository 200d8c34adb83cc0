// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/model_segment_names.h"

#include <algorithm>

#include "ui/segments/segment_wording.h"

namespace segmenta::ui {

QStringList modelSegmentNames(const ModelInfo& model) {
    QStringList names;
    const auto parsed = modelFromJson(model.json);
    const bool words = parsed && parsed->names.size() == model.segmentNames.size();
    for (std::size_t i = 0; i < model.segmentNames.size(); ++i)
        names << (words ? SegmentWording::name(*parsed, int(i)) : QString::fromStdString(model.segmentNames[i]));
    return names;
}

void renameSegmentsInReasons(DriftMatrix& matrix, const ModelInfo& model, const QStringList& shown) {
    for (SnapshotInfo& snapshot : matrix.snapshots)
        for (DriftReasonLine& line : snapshot.reasonLines)
            for (DriftReason& r : line) {
                if (r.kind != DriftReasonKind::SegmentShares || r.label.empty()) continue;
                const auto it = std::find(model.segmentNames.begin(), model.segmentNames.end(), r.label);
                const auto i = qsizetype(it - model.segmentNames.begin());
                if (it != model.segmentNames.end() && i < shown.size()) r.label = shown[i].toStdString();
            }
}

} // namespace segmenta::ui
