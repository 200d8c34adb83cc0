// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/export_common.h"

#include <cmath>
#include <cstdio>

#include "core/table/dates.h"

namespace segmenta {

namespace {

bool allFinite(const std::vector<double>& v) {
    for (double x : v)
        if (!std::isfinite(x)) return false;
    return true;
}

} // namespace

std::string exactNumber(double v) {
    if (v == 0) return "0";   // also −0: SQL has no negative zero literal, and (x − 0) = (x − (−0))
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string referenceLiteral(const ColumnTransform& t) {
    return t.sourceType == ColumnType::DateTime ? formatDateTime(t.referenceTime) : formatDate(t.referenceTime);
}

Result<bool> checkExportable(const SegmentModel& m) {
    const auto damaged = [](const std::string& what) {
        return makeError(ErrorKind::BadInput, "the model cannot be exported: " + what + "; save the segmentation again");
    };
    if (m.segmentCount() < 1) return damaged("it has no segments");
    if (!m.centroids.allFinite()) return damaged("a segment centre is not a number");
    for (const auto& t : m.pipeline.transforms) {
        if (!allFinite(t.center) || !allFinite(t.scale) || !std::isfinite(t.imputeValue))
            return damaged("the preparation of '" + t.column + "' holds a value that is not a number");
        for (double s : t.scale)
            if (s == 0) return damaged("the preparation of '" + t.column + "' divides by zero");
        if (t.kind == ColumnTransform::Kind::OneHot && int(t.levels.size()) != t.outputCount)
            return damaged("the categories of '" + t.column + "' do not match its columns");
    }
    if (isMixture(m.algorithm)) {
        if (m.weights.size() != m.centroids.rows() || !m.weights.allFinite() || (m.weights.array() <= 0).any())
            return damaged("a mixture weight is missing or not positive");
        if (m.algorithm == Algorithm::GmmDiag &&
            (m.variances.rows() != m.centroids.rows() || !m.variances.allFinite() || (m.variances.array() <= 0).any()))
            return damaged("a mixture variance is missing or not positive");
        if (m.algorithm == Algorithm::GmmFull && Eigen::Index(m.covariances.size()) != m.centroids.rows())
            return damaged("a mixture covariance is missing");
    }
    return true;
}

std::vector<double> centreNorms(const Eigen::MatrixXd& centres) {
    std::vector<double> norms(std::size_t(centres.rows()), 0.0);
    for (Eigen::Index c = 0; c < centres.rows(); ++c) {
        double norm = 0;
        for (Eigen::Index j = 0; j < centres.cols(); ++j) norm += centres(c, j) * centres(c, j);
        norms[std::size_t(c)] = norm;
    }
    return norms;
}

} // namespace segmenta
