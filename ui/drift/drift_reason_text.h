// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

#include "core/drift/drift_reason.h"

namespace segmenta::ui {

// The one place where the Drift page turns core's drift reasons (data, see
// core/drift/drift_reason.h) into words: tr() for the sentences, %n for counts,
// QLocale for numbers and shares, so the German app says "31 %" and "0,605".
// Every widget of ui/drift shows reasons made here (via drift_view_convert), never
// core's English sentences. Safe on any thread (translators are installed at start).
class DriftReasonText {
    Q_DECLARE_TR_FUNCTIONS(DriftReasonText)
public:
    // One line: its parts joined with "; ".
    static QString line(const DriftReasonLine& line);
    static QStringList lines(const std::vector<DriftReasonLine>& lines);
    // One part; `first` says whether it opens its line (then it names the column).
    static QString part(const DriftReason& reason, bool first = true);

    // An UnseenByModel reason's entries: "channel: “social” (95 rows)".
    static QStringList unseenEntries(const DriftReason& reason);

    // A share 0..1 as "31 %" (one decimal below 1 %), in the user's locale.
    static QString share(double share);
    // A band edge or value with about four significant digits: "0.605", "104.3", "12,345".
    static QString value(double v);

private:
    static QString band(const DriftReason& r);
    static QString names(const std::vector<std::string>& names, std::int64_t total);
    static QString quoted(const std::string& text);
};

} // namespace segmenta::ui
