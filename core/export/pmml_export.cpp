// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/pmml_export.h"

#include <set>

#include "core/export/export_common.h"

namespace segmenta {

namespace {

using Kind = ColumnTransform::Kind;

std::string xml(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\n': out += "&#10;"; break;
        case '\r': out += "&#13;"; break;
        case '\t': out += "&#9;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string attr(const char* name, std::string_view value) { return std::string(" ") + name + "=\"" + xml(value) + "\""; }
std::string attr(const char* name, double value) { return attr(name, exactNumber(value)); }

const char* dataTypeOf(ColumnType t) {
    switch (t) {
    case ColumnType::Date: return "date";
    case ColumnType::DateTime: return "dateTime";
    case ColumnType::Boolean: return "boolean";
    case ColumnType::Category: return "string";
    default: return "double";
    }
}

class Writer {
public:
    Writer(const SegmentModel& m, const std::vector<std::string>& names, const PmmlExportOptions& o)
        : m_(m), names_(names), o_(o) {
        for (const auto& t : m.pipeline.transforms) used_.insert(t.column);
    }

    Result<std::string> write() {
        if (isMixture(m_.algorithm))
            return makeError(ErrorKind::Usage,
                             "'" + o_.modelName + "' is a Gaussian mixture, which a PMML ClusteringModel cannot hold; "
                             "export it as SQL instead (--format sql), which gives each row its most probable segment");
        if (auto ok = checkExportable(m_); !ok) return ok.error();
        out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PMML xmlns=\"http://www.dmg.org/PMML-4_4\" version=\"4.4\">\n";
        out_ += "  <Header" + attr("description", "Segment model '" + o_.modelName + "' from Segmenta") + ">\n";
        out_ += "    <Application name=\"Segmenta\"" + attr("version", o_.appVersion) + "/>\n  </Header>\n";
        dataDictionary();
        transformations();
        clusteringModel();
        out_ += "</PMML>\n";
        return out_;
    }

private:
    // A derived field name not taken by an input or another derived field.
    std::string freshName(const std::string& wanted) {
        std::string name = wanted;
        for (int n = 2; used_.count(name); ++n) name = wanted + " #" + std::to_string(n);
        used_.insert(name);
        return name;
    }

    void dataDictionary() {
        out_ += "  <DataDictionary" + attr("numberOfFields", std::to_string(m_.pipeline.transforms.size())) + ">\n";
        for (const auto& t : m_.pipeline.transforms) {
            const bool categorical = t.kind == Kind::OneHot || t.sourceType == ColumnType::Boolean;
            out_ += "    <DataField" + attr("name", t.column) + attr("optype", categorical ? "categorical" : "continuous") +
                    attr("dataType", dataTypeOf(t.kind == Kind::OneHot ? ColumnType::Category : t.sourceType)) + "/>\n";
        }
        out_ += "  </DataDictionary>\n";
    }

    void derived(const std::string& name, const std::string& body) {
        out_ += "    <DerivedField" + attr("name", name) + " optype=\"continuous\" dataType=\"double\">\n" + body +
                "    </DerivedField>\n";
    }

    // (x − center) / scale as the NormContinuous line through (center, 0) and
    // (center + scale, 1), extrapolated both ways (outliers="asIs").
    std::string normContinuous(const std::string& field, double center, double scale, const std::string& missing) {
        return "      <NormContinuous" + attr("field", field) + missing + " outliers=\"asIs\">\n" +
               "        <LinearNorm" + attr("orig", center) + " norm=\"0\"/>\n" +
               "        <LinearNorm" + attr("orig", center + scale) + " norm=\"1\"/>\n      </NormContinuous>\n";
    }

    // The unscaled number score computes for a numeric or date input.
    std::string rawExpression(const ColumnTransform& t) {
        const std::string ref = "<FieldRef" + attr("field", t.column) + "/>";
        if (t.kind == Kind::DaysSince) {
            const bool dateTime = t.sourceType == ColumnType::DateTime;
            // days (or seconds) since 1970-01-01, subtracted from the reference's
            const std::string since = std::string("<Apply function=\"") +
                                      (dateTime ? "dateSecondsSinceYear" : "dateDaysSinceYear") + "\">" + ref +
                                      "<Constant dataType=\"integer\">1970</Constant></Apply>";
            std::string diff = "<Apply function=\"-\"><Constant dataType=\"double\">" +
                               exactNumber(double(t.referenceTime)) + "</Constant>" + since + "</Apply>";
            if (dateTime) diff = "<Apply function=\"/\">" + diff + "<Constant dataType=\"double\">86400</Constant></Apply>";
            return diff;
        }
        if (t.sourceType == ColumnType::Boolean)   // true = 1, false = 0 as in score
            return "<NormDiscrete" + attr("field", t.column) + " value=\"true\"/>";
        return ref;
    }

    void transformations() {
        out_ += "  <TransformationDictionary>\n";
        for (const auto& t : m_.pipeline.transforms) {
            if (t.kind == Kind::OneHot) { oneHot(t); continue; }
            const double missingScaled = (t.imputeValue - t.center[0]) / t.scale[0];
            std::string input = t.column;
            if (t.log1p) {
                // score imputes a missing value and one log1p cannot take (≤ −1) alike
                input = freshName(t.column + " (log1p)");
                const std::string impute = "<Constant dataType=\"double\">" + exactNumber(t.imputeValue) + "</Constant>";
                derived(input, "      <Apply function=\"if\"" + attr("mapMissingTo", t.imputeValue) + ">\n" +
                                   "        <Apply function=\"greaterThan\"><FieldRef" + attr("field", t.column) +
                                   "/><Constant dataType=\"double\">-1</Constant></Apply>\n" +
                                   "        <Apply function=\"ln1p\"><FieldRef" + attr("field", t.column) + "/></Apply>\n" +
                                   "        " + impute + "\n      </Apply>\n");
            } else if (t.kind == Kind::DaysSince || t.sourceType == ColumnType::Boolean) {
                input = freshName(t.column + (t.kind == Kind::DaysSince ? " (days since)" : " (0/1)"));
                derived(input, "      " + rawExpression(t) + "\n");
            }
            const std::string scaled = freshName(t.column + " (scaled)");
            derived(scaled, normContinuous(input, t.center[0], t.scale[0], attr("mapMissingTo", missingScaled)));
            clusteringFields_.push_back(scaled);
        }
        out_ += "  </TransformationDictionary>\n";
    }

    // One indicator per training level (missing → the most frequent level's),
    // then score's centring and weight: on = (1 − share)/spread, off = −share/spread.
    void oneHot(const ColumnTransform& t) {
        for (std::size_t j = 0; j < t.levels.size(); ++j) {
            const std::string indicator = freshName(t.column + "=" + t.levels[j]);
            derived(indicator, "      <NormDiscrete" + attr("field", t.column) + attr("value", t.levels[j]) +
                                   attr("mapMissingTo", t.levels[j] == t.imputeLevel ? "1" : "0") + "/>\n");
            const std::string scaled = freshName(t.column + "=" + t.levels[j] + " (scaled)");
            derived(scaled, normContinuous(indicator, t.center[j], t.scale[j], ""));
            clusteringFields_.push_back(scaled);
        }
    }

    void clusteringModel() {
        out_ += "  <ClusteringModel" + attr("modelName", o_.modelName) + " functionName=\"clustering\"" +
                attr("algorithmName", toString(m_.algorithm)) + " modelClass=\"centerBased\"" +
                attr("numberOfClusters", std::to_string(m_.segmentCount())) + ">\n";
        out_ += "    <MiningSchema>\n";
        for (const auto& t : m_.pipeline.transforms) {
            // an unseen category is not an error: it matches no indicator
            const bool category = t.kind == Kind::OneHot;
            out_ += "      <MiningField" + attr("name", t.column) + " usageType=\"active\"" +
                    (category ? " invalidValueTreatment=\"asIs\"" : "") + "/>\n";
        }
        out_ += "    </MiningSchema>\n    <Output>\n"
                "      <OutputField name=\"segment_id\" optype=\"categorical\" dataType=\"string\" feature=\"predictedValue\"/>\n"
                "      <OutputField name=\"segment\" optype=\"categorical\" dataType=\"string\" feature=\"predictedDisplayValue\"/>\n"
                "    </Output>\n";
        out_ += "    <ComparisonMeasure kind=\"distance\" compareFunction=\"absDiff\">\n      <squaredEuclidean/>\n"
                "    </ComparisonMeasure>\n";
        for (const auto& f : clusteringFields_) out_ += "    <ClusteringField" + attr("field", f) + "/>\n";
        for (int c = 0; c < m_.segmentCount(); ++c) {
            const std::string name = std::size_t(c) < names_.size() ? names_[std::size_t(c)] : "Segment " + std::to_string(c + 1);
            out_ += "    <Cluster" + attr("id", std::to_string(c)) + attr("name", name) + ">\n      <Array type=\"real\"" +
                    attr("n", std::to_string(m_.centroids.cols())) + ">";
            for (Eigen::Index j = 0; j < m_.centroids.cols(); ++j) out_ += (j ? " " : "") + exactNumber(m_.centroids(c, j));
            out_ += "</Array>\n    </Cluster>\n";
        }
        out_ += "  </ClusteringModel>\n";
    }

    const SegmentModel& m_;
    const std::vector<std::string>& names_;
    const PmmlExportOptions& o_;
    std::set<std::string> used_;
    std::vector<std::string> clusteringFields_;
    std::string out_;
};

} // namespace

Result<std::string> exportPmml(const SegmentModel& model, const std::vector<std::string>& segmentNames,
                               const PmmlExportOptions& options) {
    return Writer(model, segmentNames, options).write();
}

} // namespace segmenta
