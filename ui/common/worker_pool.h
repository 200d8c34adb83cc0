// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace segmenta::ui {

// The threads Segmenta's own long jobs run on (BackgroundTask, freeing a
// replaced table, anything started with QtConcurrent::run).
//
// Never use QThreadPool::globalInstance() for them: Qt 6.4's raster painter
// splits large fills and line drawing into pieces, runs them on the global
// pool and makes the GUI thread wait for them (a QSemaphore in qdrawhelper).
// A profile or an import holding every global thread for seconds therefore
// froze every repaint for seconds (measured: 0.9–1.3 s after a 1M-row import
// while the column and table profiles ran). Keeping our jobs here leaves the
// global pool free for the painter.
QThreadPool* workerPool();

} // namespace segmenta::ui
