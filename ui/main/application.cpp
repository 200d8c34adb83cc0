// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/application.h"

#include <QTimer>
#include <cstdio>
#include <new>

#include "ui/common/background_task.h"

namespace segmenta::ui {

Application::Application(int& argc, char** argv) : QApplication(argc, argv) {}

bool Application::notify(QObject* receiver, QEvent* event) {
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::bad_alloc&) {
        ++outOfMemory_;
        // One failure often repeats for a while (every repaint): say it once.
        if (!lastReport_.isValid() || lastReport_.elapsed() > 1000) {
            lastReport_.start();
            const QString message = BackgroundTask::outOfMemoryText();
            std::fprintf(stderr, "segmenta: %s\n", qPrintable(message));
            // Later, from the event loop: this handler may be deep inside a layout.
            QTimer::singleShot(0, this, [this, message] { emit ranOutOfMemory(message); });
        }
        return false;
    }
}

} // namespace segmenta::ui
