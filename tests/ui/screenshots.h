// SPDX-License-Identifier: GPL-3.0-or-later
// Where GUI tests save their screenshots: with SEGMENTA_SCREENSHOTS=DIR they are
// kept there to be looked at; otherwise they go to a temporary folder that is
// removed when the test ends, so a test run never leaves files at fixed paths.
#pragma once

#include <QDir>
#include <QString>
#include <QTemporaryDir>

namespace testshots {

inline QString path(const QString& name) {
    static const QString dir = [] {
        const QString chosen = qEnvironmentVariable("SEGMENTA_SCREENSHOTS");
        if (!chosen.isEmpty()) {
            QDir().mkpath(chosen);
            return chosen;
        }
        static QTemporaryDir temporary;
        return temporary.path();
    }();
    return dir + QLatin1Char('/') + name;
}

} // namespace testshots
