// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/background_task.h"

#include <QPointer>
#include <atomic>

#include "ui/common/worker_pool.h"

namespace segmenta::ui {

BackgroundTask::BackgroundTask(QObject* parent) : QObject(parent) {}

BackgroundTask::~BackgroundTask() {
    // Never leave a worker writing into a destroyed object: cancel and wait.
    if (progress_) progress_->cancel();
    if (watcher_) watcher_->waitForFinished();
}

void BackgroundTask::cancel() {
    if (progress_) progress_->cancel();
}

std::shared_ptr<Progress> BackgroundTask::makeProgress() {
    QPointer<BackgroundTask> self(this);
    // Progress arrives on the worker; hop to the GUI thread, and only when the
    // whole percent changes, so a fast loop cannot flood the event queue.
    auto last = std::make_shared<std::atomic<int>>(-1);
    progress_ = std::make_shared<Progress>([self, last](double fraction, const std::string& stage) {
        const int percent = int(fraction * 100.0 + 0.5);
        if (last->exchange(percent) == percent) return;
        const QString stageText = QString::fromStdString(stage);
        QMetaObject::invokeMethod(self, [self, percent, stageText] {
            if (self) emit self->progressChanged(percent, stageText);
        }, Qt::QueuedConnection);
    });
    return progress_;
}

void BackgroundTask::runJob(std::function<void()> work, std::function<void()> onDone) {
    if (watcher_) {
        // A previous job is still winding down after cancel(); let it finish
        // quietly in the background with its own watcher.
        watcher_->disconnect(this);
        connect(watcher_, &QFutureWatcher<void>::finished, watcher_, &QObject::deleteLater);
    }
    watcher_ = new QFutureWatcher<void>(this);
    auto* watcher = watcher_;
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, onDone = std::move(onDone)] {
        if (watcher_ == watcher) { watcher_ = nullptr; running_ = false; }
        watcher->deleteLater();
        onDone();
        emit finished();
    });
    running_ = true;
    emit started();
    emit progressChanged(0, QString());
    watcher->setFuture(QtConcurrent::run(workerPool(), std::move(work)));
}

void BackgroundTask::emitFailure(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const std::bad_alloc&) {
        emit failed(outOfMemoryMessage_.isEmpty() ? outOfMemoryText() : outOfMemoryMessage_);
    } catch (const std::exception& e) {
        emit failed(tr("Something went wrong: %1").arg(QString::fromUtf8(e.what())));
    } catch (...) {
        emit failed(tr("Something went wrong: %1").arg(tr("an unknown error")));
    }
}

QString BackgroundTask::outOfMemoryText() {
    return tr("There is not enough memory for this. Close other programs, or use a smaller file or a sample of its rows.");
}

} // namespace segmenta::ui
