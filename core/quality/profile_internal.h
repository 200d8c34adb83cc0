// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/quality/profile.h"

// Internals of core/quality shared between its files.
namespace segmenta::quality_detail {

class TextScratch;

void detectPii(ColumnProfile& p, const Column& c, const ProfileOptions& o);
void setFlags(ColumnProfile& p, const ProfileOptions& o);

// profileColumn with a text column's grouping spread over `workers` workers and
// its buffers taken from `scratch` (may be null).
ColumnProfile profileColumnOn(const Column& c, const ProfileOptions& o, unsigned workers, TextScratch* scratch);

} // namespace segmenta::quality_detail
