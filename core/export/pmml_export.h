// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A saved k-means segmentation as a PMML 4.4 ClusteringModel (the DMG standard
// that JPMML, PMML4S and Spark-based scorers evaluate).
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/segment/segment_model.h"

namespace segmenta {

struct PmmlExportOptions {
    std::string modelName;     // ClusteringModel@modelName
    std::string appVersion;    // Header/Application@version: the Segmenta that made the model
};

// The document: DataDictionary (one field per model input), the preparation in
// the TransformationDictionary (missing values get the training median or most
// frequent level through mapMissingTo, log1p as Apply "ln1p", z-scores and the
// other scalings as NormContinuous, one-hot as NormDiscrete and its weight as
// NormContinuous), and a centerBased ClusteringModel with squaredEuclidean
// distance whose Cluster ids are the segment ids (0-based) and names the
// segment names. Categories not seen in training pass (invalidValueTreatment
// asIs) and match no known level, as in `score`.
//
// Errors: Usage for a Gaussian mixture (a ClusteringModel cannot hold one: the
// message points to the SQL export), BadInput for a damaged model.
Result<std::string> exportPmml(const SegmentModel& model, const std::vector<std::string>& segmentNames,
                               const PmmlExportOptions& options);

} // namespace segmenta
