// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QString>

namespace segmenta::ui {

// Core's progress stages ("Reading rows", "Trying k = 5", "drift") in the user's
// language for the progress bar's label. Core reports each stage as a fixed English
// phrase, which serves as its code here; a stage not listed is shown as it is.
class StageText {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ui::StageText)
public:
    static QString translate(const QString& stage);
};

} // namespace segmenta::ui
