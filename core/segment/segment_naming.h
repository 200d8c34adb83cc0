// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <string>
#include <vector>

#include "core/prep/feature_prep.h"
#include "core/segment/segmentation.h"

namespace segmenta {

// Fills each profile's `parts`, `name` and `description` from its ranked,
// significant differences, in words a shop owner reads: "High spend · Frequent ·
// Recent" / "Spends 3.1× the average customer and last ordered 12 days ago
// (median)." Names are made unique. The parts carry the numbers so the GUI can
// build a translated sentence instead.
void nameSegments(const FeaturePipeline& pipeline, std::vector<SegmentProfile>& profiles);

// English renderings of the structured parts (the CLI; the GUI translates the
// same ids instead): the name word, the sentence fragment, and the sentence
// ("Close to the average on every feature." when there are no parts).
std::string englishWord(const ExplanationPart& part);
std::string englishPhrase(const ExplanationPart& part);
std::string englishDescription(const std::vector<ExplanationPart>& parts);

} // namespace segmenta
