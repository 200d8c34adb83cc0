// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QApplication>
#include <QElapsedTimer>

namespace segmenta::ui {

// The window's QApplication. Work off the GUI thread catches its own failures
// (BackgroundTask); this catches what is left: memory running out inside an event
// handler on the GUI thread (a chart laid out, a table painted). That would
// otherwise leave the event loop as an exception and abort the program; here it
// becomes a message, and the window keeps what it has.
class Application : public QApplication {
    Q_OBJECT
public:
    Application(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;
    int outOfMemoryCount() const { return outOfMemory_; }

signals:
    // After an event handler ran out of memory (at most about once a second).
    void ranOutOfMemory(const QString& message);

private:
    int outOfMemory_ = 0;
    QElapsedTimer lastReport_;
};

} // namespace segmenta::ui
